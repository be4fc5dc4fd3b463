package app.haven.referrals;

/** The outcome of the commissioned service's work at closure: the strategy's "risk reduced at closure" measure. */
public enum Outcome {
    RISK_REDUCED("Risk reduced"),
    RISK_UNCHANGED("Risk unchanged"),
    RISK_INCREASED("Risk increased");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
