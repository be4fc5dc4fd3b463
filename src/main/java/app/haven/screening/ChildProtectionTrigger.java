package app.haven.screening;

/**
 * When child protection procedures (a strategy discussion) must follow, whatever the band (the strategy's
 * response rules, domain reference section 4). Asked explicitly on every screening.
 */
public enum ChildProtectionTrigger {
    IMMEDIATE_RISK("The child is at immediate risk of significant harm and has other vulnerabilities"),
    FACILITATED_BY_CARER("The exploitation is facilitated by a parent or carer"),
    CARER_FAILING_TO_PROTECT("A parent or carer is failing to protect the child"),
    POSITION_OF_TRUST("An adult in a position of trust is organising or encouraging the exploitation");

    private final String question;

    ChildProtectionTrigger(String question) {
        this.question = question;
    }

    public String question() {
        return question;
    }
}
