package app.haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharingDecisionTest {

    @ParameterizedTest(name = "shared={0} consent={1} basis={2} reason={3} -> {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "true, GIVEN, -, -, ''",
                "true, GIVEN, SAFEGUARDING_CHILDREN, Because, ''",
                "true, REFUSED, SAFEGUARDING_CHILDREN, Risk of serious harm, ''",
                "true, NOT_SOUGHT, LAW_ENFORCEMENT, Seeking it would alert the abuser, ''",
                "true, REFUSED, -, Risk of serious harm, lawfulBasis",
                "true, NOT_SOUGHT, SAFEGUARDING_CHILDREN, -, sharingReason",
                "true, NOT_SOUGHT, -, -, lawfulBasis sharingReason",
                "true, -, -, -, consent",
                "false, GIVEN, -, -, sharingReason",
                "false, REFUSED, -, Not necessary or proportionate, ''",
            })
    void sharingWithoutConsentNeedsALawfulBasisAndAReasonAndNotSharingNeedsAReason(
            boolean shared, Consent consent, String basis, String reason, String breached) {
        String fields = String.join(
                " ",
                SharingDecision.check(
                                shared,
                                Optional.ofNullable(consent),
                                Optional.ofNullable(basis),
                                Optional.ofNullable(reason))
                        .stream()
                        .map(Breach::field)
                        .toList());
        assertThat(fields).isEqualTo(breached);
    }
}
