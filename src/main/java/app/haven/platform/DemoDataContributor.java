package app.haven.platform;

/**
 * A module's share of the fictional demo data. Each module that owns tables contributes a bean; the
 * generator calls them in {@link #order()} within one transaction, so demo data is all there or not at all.
 */
public interface DemoDataContributor {

    /** Lower runs first: reference data (areas, agencies, users) before the records that refer to it. */
    int order();

    /** Adds this module's demo rows. Volume grows with {@link DemoData#scale()}. */
    void contribute(DemoData demo);
}
