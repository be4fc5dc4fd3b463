package app.haven.referrals;

import java.util.Optional;
import java.util.Set;

/**
 * Where a referral stands. The only moves are those of {@link Step}; the database refuses any other (table
 * {@code referral_transition}), so an illegal transition is impossible, not merely hidden.
 */
public enum ReferralStatus {
    DRAFT("Draft"),
    SENT("Sent, awaiting a decision"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    REDIRECTED("Redirected"),
    CLOSED("Closed");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Where this step takes a referral in this state, or empty when the step is not allowed from here. */
    public Optional<ReferralStatus> after(Step step) {
        return step.from().contains(this) ? Optional.of(step.to()) : Optional.empty();
    }

    /** The steps of a referral: who takes each, from which states, to which. */
    public enum Step {
        SEND(Side.SENDER, SENT, Set.of(DRAFT), "sent"),
        ACCEPT(Side.RECEIVER, ACCEPTED, Set.of(SENT), "accepted"),
        DECLINE(Side.RECEIVER, DECLINED, Set.of(SENT), "declined"),
        REDIRECT(Side.RECEIVER, REDIRECTED, Set.of(SENT), "redirected"),
        CLOSE(Side.SENDER, ReferralStatus.CLOSED, Set.of(ACCEPTED, DECLINED, REDIRECTED), "closed");

        private final Side side;
        private final ReferralStatus to;
        private final Set<ReferralStatus> from;
        private final String done;

        Step(Side side, ReferralStatus to, Set<ReferralStatus> from, String done) {
            this.side = side;
            this.to = to;
            this.from = from;
            this.done = done;
        }

        public Set<ReferralStatus> from() {
            return from;
        }

        public ReferralStatus to() {
            return to;
        }

        /** Past tense, for the audit log and the history: "sent", "declined". */
        public String done() {
            return done;
        }

        /**
         * Who takes the step: the referring agency sends, and closes a referral that was declined or redirected; the
         * receiving agency decides, and closes a referral it accepted.
         */
        public Side side(ReferralStatus current) {
            if (this == CLOSE) {
                return current == ACCEPTED ? Side.RECEIVER : Side.SENDER;
            }
            return side;
        }
    }

    /** The two agencies of a referral. */
    public enum Side {
        SENDER,
        RECEIVER
    }
}
