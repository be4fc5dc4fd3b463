package app.haven.people.matching;

/** The outcome of checking an identifier a user typed: its normal form, or a message saying what is wrong. */
public sealed interface IdentifierCheck {

    record Valid(String normalised) implements IdentifierCheck {}

    record Invalid(String message) implements IdentifierCheck {}
}
