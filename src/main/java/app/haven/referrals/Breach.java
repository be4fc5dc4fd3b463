package app.haven.referrals;

/** A rule a change would break, in the words the page shows; {@code field} is empty for the form as a whole. */
record Breach(String field, String message) {}
