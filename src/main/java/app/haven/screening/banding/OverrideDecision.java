package app.haven.screening.banding;

/**
 * What a professional override of a computed band means: the band asked for, whether it needs a manager's
 * approval (only when lowering, domain reference section 3), and the sentence the record shows.
 */
public record OverrideDecision(Band band, boolean needsApproval, String explanation) {

    public static OverrideDecision of(Band computed, Band judged, String reason) {
        if (judged.rank() == computed.rank()) {
            throw new IllegalArgumentException("an override must change the band");
        }
        boolean lowering = judged.rank() < computed.rank();
        String explanation = judged.label() + " by professional judgement (computed " + computed.label() + "): "
                + reason + (lowering ? " Lowering the band needs a manager's approval." : "");
        return new OverrideDecision(judged, lowering, explanation);
    }
}
