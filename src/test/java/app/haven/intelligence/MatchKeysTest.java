package app.haven.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeysTest {

    @ParameterizedTest(name = "{0} and {1} are the same vehicle")
    @CsvSource({"AB12 CDE, ab12cde", "ab-12 cde, AB12CDE"})
    void registrationsMatchWithoutSpacesOrCase(String a, String b) {
        assertThat(MatchKeys.registration(a)).isEqualTo(MatchKeys.registration(b));
    }

    @ParameterizedTest(name = "{0} and {1} are the same phone")
    @CsvSource({"07700 900123, +44 7700 900123", "0044 7700-900123, (07700) 900 123"})
    void phoneNumbersMatchAsUkDigits(String a, String b) {
        assertThat(MatchKeys.phone(a)).isEqualTo(MatchKeys.phone(b));
    }

    @Test
    void handlesMatchWithoutCaseOrAtOnTheSamePlatformOnly() {
        assertThat(MatchKeys.handle("Snapchat", "@Dark.Knight"))
                .isEqualTo(MatchKeys.handle("snapchat ", "dark.knight"));
        assertThat(MatchKeys.handle("Instagram", "dark.knight"))
                .isNotEqualTo(MatchKeys.handle("Snapchat", "dark.knight"));
    }

    @Test
    void addressesMatchByPostcodeAndWordsWithAbbreviationsExpanded() {
        assertThat(MatchKeys.address("12 Station Rd.", "cw1 2ab"))
                .isEqualTo(MatchKeys.address("12, station road", "CW12AB"));
        assertThat(MatchKeys.address("12 Station Road", "CW1 2AB"))
                .isNotEqualTo(MatchKeys.address("14 Station Road", "CW1 2AB"));
    }
}
