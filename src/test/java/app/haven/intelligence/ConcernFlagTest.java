package app.haven.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.web.FormErrors;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcernFlagTest {

    @ParameterizedTest(name = "child={0}, typed {1}: accepted={2}")
    @CsvSource({
        "false, SUSPECTED_PERPETRATOR, true",
        "false, FACILITATOR, true",
        "false, ASSOCIATE, true",
        "false, EXPLOITED_PEER, true",
        "false, NONE, true",
        "false, '', false",
        "false, KINGPIN, false",
        "true, EXPLOITED_PEER, true",
        "true, NONE, true",
        "true, SUSPECTED_PERPETRATOR, false",
        "true, FACILITATOR, false",
        "true, '', false"
    })
    void aChildMayOnlyBeFlaggedAsAnExploitedPeerOrNotAtAll(boolean child, String typed, boolean accepted) {
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Optional<String>> read = ConcernFlag.read(child, typed, errors);
        assertThat(read.isPresent()).isEqualTo(accepted);
        assertThat(errors.build().has("concernRole")).isEqualTo(!accepted);
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void notOfConcernIsReadAsNoRole(boolean child) {
        assertThat(ConcernFlag.read(child, ConcernFlag.NONE, FormErrors.builder()))
                .contains(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"false, 5", "true, 2"})
    void theChoicesOfferedMatchWhatIsAccepted(boolean child, int offered) {
        assertThat(ConcernFlag.choices(child)).hasSize(offered);
    }
}
