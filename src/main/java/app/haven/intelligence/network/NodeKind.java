package app.haven.intelligence.network;

/** The kinds of entity in the network, as the index stores them (the ordinal is the byte code). */
public enum NodeKind {
    PERSON,
    LOCATION,
    VEHICLE,
    PHONE,
    ONLINE_ACCOUNT,
    OPERATION
}
