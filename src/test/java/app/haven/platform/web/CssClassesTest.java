package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CssClassesTest {

    @Test
    void joinsTheClassesGivenWithOneSpaceSkippingBlanksAndMissingOnes() {
        assertThat(CssClasses.join("govuk-tag", null, "  ", " govuk-tag--red ", ""))
                .isEqualTo("govuk-tag govuk-tag--red");
    }

    @Test
    void nothingGivenIsAnEmptyAttribute() {
        assertThat(CssClasses.join()).isEmpty();
        assertThat(CssClasses.join(null, " ")).isEmpty();
    }

    @Test
    void aModifierIsAddedOnlyWhenItsConditionHolds() {
        assertThat(CssClasses.join("govuk-input", CssClasses.when(true, "govuk-input--error")))
                .isEqualTo("govuk-input govuk-input--error");
        assertThat(CssClasses.join("govuk-input", CssClasses.when(false, "govuk-input--error")))
                .isEqualTo("govuk-input");
    }

    @Test
    void aSingleClassComesBackTrimmedWhateverBlanksSurroundIt() {
        assertThat(CssClasses.join(null, " govuk-body ", "")).isEqualTo("govuk-body");
        assertThat(CssClasses.join("", "govuk-body")).isEqualTo("govuk-body");
    }

    @Test
    void aTagsClassesAreGovukTagAndItsColourBlueHavingNoModifier() {
        assertThat(TagColour.RED.tagClasses()).isEqualTo("govuk-tag govuk-tag--red");
        assertThat(TagColour.LIGHT_BLUE.tagClasses()).isEqualTo("govuk-tag govuk-tag--light-blue");
        assertThat(TagColour.BLUE.tagClasses()).isEqualTo("govuk-tag");
    }
}
