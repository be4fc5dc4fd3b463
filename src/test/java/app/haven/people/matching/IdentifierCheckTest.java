package app.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierCheckTest {

    @ParameterizedTest
    @CsvSource({
        "9434765919, 9434765919",
        "943 476 5919, 9434765919",
        "943-476-5919, 9434765919",
        "4010232137, 4010232137"
    })
    void acceptsNhsNumbersWithAValidCheckDigit(String typed, String normalised) {
        assertThat(NhsNumber.check(typed)).isEqualTo(new IdentifierCheck.Valid(normalised));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "9434765918|NHS number is not valid – check the digits",
                "943476591|Enter an NHS number with 10 digits, like 943 476 5919",
                "94347659190|Enter an NHS number with 10 digits, like 943 476 5919",
                "94347A5919|Enter an NHS number with 10 digits, like 943 476 5919",
                "''|Enter an NHS number with 10 digits, like 943 476 5919"
            })
    void refusesNhsNumbersThatAreNotValid(String typed, String message) {
        assertThat(NhsNumber.check(typed)).isEqualTo(new IdentifierCheck.Invalid(message));
    }

    @Test
    void refusesNineDigitsWhoseCheckDigitWouldBeTen() {
        // 000000006: 6 x 2 = 12, remainder 1, so the check digit would be 11 - 1 = 10, which is never issued.
        String nine = "000000006";
        assertThat(NhsNumber.checkDigit(nine)).isEqualTo(10);
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(NhsNumber.check(nine + digit)).isInstanceOf(IdentifierCheck.Invalid.class);
        }
    }

    @Test
    void generatesValidNhsNumbersInTheTestRange() {
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            String nhs = NhsNumber.generate(random);
            assertThat(nhs).startsWith("999");
            assertThat(NhsNumber.check(nhs)).isInstanceOf(IdentifierCheck.Valid.class);
        }
    }

    @Test
    void computesTheUpnCheckLetterByWeightedSumModulo23() {
        // 801200110001: 8*2+0*3+1*4+2*5+0*6+0*7+1*8+1*9+0*10+0*11+0*12+1*13 = 60; 60 mod 23 = 14 -> "Q" (I, O and S are
        // not used).
        assertThat(UniquePupilNumber.checkLetter("801200110001")).isEqualTo('Q');
        assertThat(UniquePupilNumber.check("Q801200110001")).isEqualTo(new IdentifierCheck.Valid("Q801200110001"));
        assertThat(UniquePupilNumber.check("q801 2001 10001")).isEqualTo(new IdentifierCheck.Valid("Q801200110001"));
    }

    @Test
    void theExampleShownToUsersIsAValidUpn() {
        assertThat(UniquePupilNumber.check(UniquePupilNumber.EXAMPLE)).isInstanceOf(IdentifierCheck.Valid.class);
    }

    @Test
    void acceptsTemporaryUpnsEndingInALetter() {
        String twelve = "80120011000A";
        char check = UniquePupilNumber.checkLetter(twelve);
        assertThat(UniquePupilNumber.check(check + twelve)).isInstanceOf(IdentifierCheck.Valid.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A801200110001|Unique Pupil Number is not valid – check the characters",
                "Q80120011000|Enter a Unique Pupil Number with 13 characters, a letter then 12 more, like Q801200110001",
                "8801200110001|Enter a Unique Pupil Number with 13 characters, a letter then 12 more, like Q801200110001",
                "Q80120011000I|Unique Pupil Number is not valid – check the last character"
            })
    void refusesUpnsThatAreNotValid(String typed, String message) {
        assertThat(UniquePupilNumber.check(typed)).isEqualTo(new IdentifierCheck.Invalid(message));
    }

    @Test
    void generatesValidUpns() {
        Random random = new Random(2);
        for (int i = 0; i < 200; i++) {
            assertThat(UniquePupilNumber.check(UniquePupilNumber.generate(random)))
                    .isInstanceOf(IdentifierCheck.Valid.class);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ch/123-45|CH/123-45|true",
                "'  abc  '|ABC|true",
                "<script>|Police person ID must only include letters, numbers, hyphens and slashes|false",
                "1234567890123456789012345678901|Police person ID must be 30 characters or fewer|false"
            })
    void checksLocalIdentifiersForASafeShape(String typed, String expected, boolean valid) {
        IdentifierCheck check = IdentifierType.POLICE_ID.check(typed);
        assertThat(check)
                .isEqualTo(valid ? new IdentifierCheck.Valid(expected) : new IdentifierCheck.Invalid(expected));
    }
}
