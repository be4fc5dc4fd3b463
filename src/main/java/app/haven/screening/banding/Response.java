package app.haven.screening.banding;

/** One indicator's answer, and for present ones when it happened (CURRENT unless the tool asks). */
public record Response(String indicatorId, Answer answer, Timing timing) {

    public static Response present(String indicatorId) {
        return new Response(indicatorId, Answer.PRESENT, Timing.CURRENT);
    }

    public boolean isPresent() {
        return answer == Answer.PRESENT;
    }
}
