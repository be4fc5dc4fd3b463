package app.haven.screening.banding;

/**
 * What a professional override means: the band asked for, whether it needs a manager's approval, and the sentence
 * the record shows. It is judged against the band that stands (the computed band, or an earlier override), not the
 * computed band: lowering the band that stands always needs a manager (domain reference section 3), so a band raised
 * by judgement cannot be brought back down without one.
 */
public record OverrideDecision(Band band, boolean needsApproval, String explanation) {

    public static OverrideDecision of(Band computed, Band standing, Band judged, String reason) {
        if (judged.rank() == standing.rank()) {
            throw new IllegalArgumentException("an override must change the band that stands");
        }
        boolean lowering = judged.rank() < standing.rank();
        String explanation = judged.label() + " by professional judgement (the tool computed " + computed.label()
                + (standing.equals(computed) ? "" : "; " + standing.label() + " stood") + "): " + reason
                + (lowering ? " Lowering the band needs a manager's approval." : "");
        return new OverrideDecision(judged, lowering, explanation);
    }
}
