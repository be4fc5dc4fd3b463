package app.haven.disruption;

/** What was typed into the comparison page's forms (a rate, a CSV file's text, a population), kept on a refusal. */
public record ComparisonForms(
        String rateArea,
        String rateYear,
        String rateValue,
        String rateSource,
        String csv,
        String popArea,
        String popYear,
        String popChildren,
        String popSource) {

    static ComparisonForms blank() {
        return new ComparisonForms("", "", "", "", "", "", "", "", "");
    }
}
