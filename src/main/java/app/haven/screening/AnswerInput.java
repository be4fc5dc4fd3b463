package app.haven.screening;

/** One indicator's answer as typed: kept as text so it comes back on an error. */
public record AnswerInput(String answer, String basis, String timing, String note) {

    static final AnswerInput BLANK = new AnswerInput("", "", "", "");

    public AnswerInput {
        answer = answer == null ? "" : answer;
        basis = basis == null ? "" : basis;
        timing = timing == null ? "" : timing;
        note = note == null ? "" : note.strip();
    }
}
