package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FieldComponentsTest {

    private static final List<Option> AGENCIES = List.of(
            new Option("police", "Police"),
            new Option("council", "Council", "Children's social care"),
            new Option("health", "Health"));

    @Test
    void inputWithoutErrorTiesItsHintAndHasNoErrorState() {
        Document html = Render.fragment(
                "govuk/input.jte",
                Map.of("name", "surname", "label", "Surname", "value", "Smith", "hint", "As on the birth certificate"));

        Element input = html.selectFirst("input#surname");
        assertThat(input.attr("name")).isEqualTo("surname");
        assertThat(input.val()).isEqualTo("Smith");
        assertThat(input.attr("aria-describedby")).isEqualTo("surname-hint");
        assertThat(html.select("label[for=surname]").text()).isEqualTo("Surname");
        assertThat(html.select("#surname-hint").text()).isEqualTo("As on the birth certificate");
        assertThat(html.select(".govuk-form-group--error, .govuk-error-message"))
                .isEmpty();
    }

    @Test
    void inputWithErrorShowsItsMessageAndDescribesItselfByHintAndError() {
        FormErrors errors =
                FormErrors.builder().field("surname", "Enter a surname").build();
        Document html = Render.fragment(
                "govuk/input.jte", Map.of("name", "surname", "label", "Surname", "hint", "Hint", "errors", errors));

        assertThat(html.select(".govuk-form-group").hasClass("govuk-form-group--error"))
                .isTrue();
        assertThat(html.select("p#surname-error.govuk-error-message").text()).isEqualTo("Error: Enter a surname");
        Element input = html.selectFirst("input#surname");
        assertThat(input.hasClass("govuk-input--error")).isTrue();
        assertThat(input.attr("aria-describedby")).isEqualTo("surname-hint surname-error");
    }

    @Test
    void inputWithNothingToDescribeHasNoAriaDescribedby() {
        Document html = Render.fragment("govuk/input.jte", Map.of("name", "surname", "label", "Surname"));

        assertThat(html.selectFirst("input").hasAttr("aria-describedby")).isFalse();
        assertThat(html.selectFirst("input").hasAttr("value")).isFalse();
    }

    @Test
    void nestedFieldNamesBecomeIdsTheErrorSummaryLinksTo() {
        FormErrors errors = FormErrors.builder()
                .field("address.postcode", "Enter a postcode")
                .build();
        Document html = Render.fragment(
                "govuk/input.jte", Map.of("name", "address.postcode", "label", "Postcode", "errors", errors));

        assertThat(html.selectFirst("input").id()).isEqualTo("address-postcode");
        assertThat(html.selectFirst("input").attr("name")).isEqualTo("address.postcode");
        assertThat(errors.items().get(0).href()).hasValue("#address-postcode");
    }

    @Test
    void textareaKeepsWhatWasTypedAndShowsItsError() {
        FormErrors errors =
                FormErrors.builder().field("concern", "Describe the concern").build();
        Document html = Render.fragment(
                "govuk/textarea.jte",
                Map.of("name", "concern", "label", "Concern", "value", "<b>x</b>", "errors", errors));

        Element textarea = html.selectFirst("textarea#concern");
        assertThat(textarea.text()).isEqualTo("<b>x</b>");
        assertThat(textarea.hasClass("govuk-textarea--error")).isTrue();
        assertThat(textarea.attr("aria-describedby")).isEqualTo("concern-error");
    }

    @Test
    void selectMarksTheChosenOption() {
        Document html = Render.fragment(
                "govuk/select.jte",
                Map.of("name", "agency", "label", "Agency", "options", AGENCIES, "value", "health"));

        Element select = html.selectFirst("select#agency");
        assertThat(select.select("option").eachAttr("value")).containsExactly("police", "council", "health");
        assertThat(select.select("option[selected]").text()).isEqualTo("Health");
        assertThat(html.select("label[for=agency]")).hasSize(1);
    }

    @Test
    void radiosSitInAFieldsetWhoseFirstRadioCarriesTheFieldId() {
        FormErrors errors =
                FormErrors.builder().field("agency", "Select an agency").build();
        Document html = Render.fragment(
                "govuk/radios.jte",
                Map.of(
                        "name",
                        "agency",
                        "legend",
                        "Which agency?",
                        "options",
                        AGENCIES,
                        "value",
                        "council",
                        "errors",
                        errors));

        Element fieldset = html.selectFirst(".govuk-form-group--error fieldset.govuk-fieldset");
        assertThat(fieldset.selectFirst("legend").text()).isEqualTo("Which agency?");
        assertThat(fieldset.attr("aria-describedby")).isEqualTo("agency-error");
        assertThat(fieldset.select("#agency-error").text()).isEqualTo("Error: Select an agency");
        assertThat(fieldset.select("input[type=radio]").eachAttr("id"))
                .containsExactly("agency", "agency-2", "agency-3");
        assertThat(fieldset.select("input[checked]").val()).isEqualTo("council");
        assertThat(fieldset.select("label[for=agency-2]").text()).isEqualTo("Council");
        assertThat(fieldset.select("#agency-2").attr("aria-describedby")).isEqualTo("agency-2-item-hint");
        assertThat(fieldset.select("#agency-2-item-hint").text()).isEqualTo("Children's social care");
    }

    @Test
    void checkboxesTickEveryChosenValue() {
        Document html = Render.fragment(
                "govuk/checkboxes.jte",
                Map.of(
                        "name",
                        "agencies",
                        "legend",
                        "Agencies",
                        "options",
                        AGENCIES,
                        "values",
                        List.of("police", "health"),
                        "hint",
                        "Select all that apply"));

        assertThat(html.select("fieldset > legend").text()).isEqualTo("Agencies");
        assertThat(html.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("agencies-hint");
        assertThat(html.select("input[type=checkbox][checked]").eachAttr("value"))
                .containsExactly("police", "health");
        assertThat(html.select("input[type=checkbox]").eachAttr("name")).containsOnly("agencies");
        assertThat(html.select("input[type=checkbox]").first().id()).isEqualTo("agencies");
    }

    @Test
    void dateInputHasThreeLabelledPartsBindingToDateParts() {
        Document html = Render.fragment(
                "govuk/dateInput.jte",
                Map.of(
                        "name",
                        "dateOfBirth",
                        "legend",
                        "Date of birth",
                        "value",
                        new DateParts("7", "3", "2011"),
                        "hint",
                        "For example, 27 3 2011",
                        "autocomplete",
                        "bday"));

        Element fieldset = html.selectFirst("fieldset[role=group]");
        assertThat(fieldset.attr("aria-describedby")).isEqualTo("dateOfBirth-hint");
        assertThat(fieldset.select("input").eachAttr("id"))
                .containsExactly("dateOfBirth-day", "dateOfBirth-month", "dateOfBirth-year");
        assertThat(fieldset.select("input").eachAttr("name"))
                .containsExactly("dateOfBirth.day", "dateOfBirth.month", "dateOfBirth.year");
        assertThat(fieldset.select("input").eachAttr("value")).containsExactly("7", "3", "2011");
        assertThat(fieldset.select("input").eachAttr("autocomplete"))
                .containsExactly("bday-day", "bday-month", "bday-year");
        assertThat(fieldset.select("label").eachText()).containsExactly("Day", "Month", "Year");
        assertThat(fieldset.select("label[for=dateOfBirth-year]")).hasSize(1);
        assertThat(html.select(".govuk-input--error")).isEmpty();
    }

    @Test
    void dateInputHighlightsOnlyThePartInError() {
        FormErrors errors = FormErrors.builder()
                .field("dateOfBirth.month", "Date of birth must include a month")
                .build();
        Document html = Render.fragment(
                "govuk/dateInput.jte", Map.of("name", "dateOfBirth", "legend", "Date of birth", "errors", errors));

        assertThat(html.select(".govuk-form-group").first().hasClass("govuk-form-group--error"))
                .isTrue();
        assertThat(html.select("#dateOfBirth-error").text()).isEqualTo("Error: Date of birth must include a month");
        assertThat(html.select("input.govuk-input--error").eachAttr("id")).containsExactly("dateOfBirth-month");
        assertThat(html.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("dateOfBirth-error");
    }

    @Test
    void dateInputHighlightsEveryPartWhenTheWholeDateIsWrong() {
        FormErrors errors = FormErrors.builder()
                .date("dateOfBirth", "Date of birth must be in the past")
                .build();
        Document html = Render.fragment(
                "govuk/dateInput.jte", Map.of("name", "dateOfBirth", "legend", "Date of birth", "errors", errors));

        assertThat(html.select("input.govuk-input--error")).hasSize(3);
        assertThat(errors.items().get(0).href()).hasValue("#dateOfBirth-day");
    }
}
