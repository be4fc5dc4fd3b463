package app.haven.referrals;

/** Whether the child (or, where right, their parent) agreed to their information being shared. */
public enum Consent {
    GIVEN("Consent given"),
    REFUSED("Consent refused"),
    NOT_SOUGHT("Consent not sought");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
