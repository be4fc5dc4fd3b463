package app.haven.engagement;

/** What the user triaging a concern typed, kept when the page is shown again. */
public record TriageForm(
        String source,
        String intelligence,
        String handling,
        String conditions,
        String about,
        String linkType,
        String reason,
        String note) {

    static TriageForm blank() {
        return new TriageForm("2", "", "P", "", "", "", "", "");
    }
}
