package app.haven.platform.web;

import gg.jte.Content;
import java.util.Optional;

/**
 * One row of a GOV.UK summary list.
 *
 * @param value the answer; text is escaped, or pass a JTE content block for markup
 * @param action a "Change" link or similar, if the user may change this answer
 */
public record SummaryRow(String key, Content value, Optional<Action> action) {

    /**
     * A link at the end of a row.
     *
     * @param visuallyHiddenText what the link acts on, for screen readers ("Change" alone is ambiguous
     *     when every row has one), e.g. "date of birth"
     */
    public record Action(String href, String text, String visuallyHiddenText) {}

    public static SummaryRow of(String key, String value) {
        return new SummaryRow(key, text(value), Optional.empty());
    }

    public static SummaryRow of(String key, Content value) {
        return new SummaryRow(key, value, Optional.empty());
    }

    public SummaryRow withAction(String href, String text, String visuallyHiddenText) {
        return new SummaryRow(key, value, Optional.of(new Action(href, text, visuallyHiddenText)));
    }

    static Content text(String value) {
        return output -> output.writeUserContent(value);
    }
}
