package app.haven.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuorumTest {

    @Test
    void aMeetingWithEnoughAgenciesPresentIsQuorate() {
        assertThat(Quorum.of(List.of("PRESENT", "PRESENT", "PRESENT", "APOLOGIES"), 3)
                        .met())
                .isTrue();
    }

    @Test
    void apologiesAndAbsencesDoNotCountTowardsTheQuorum() {
        Quorum quorum = Quorum.of(List.of("PRESENT", "APOLOGIES", "ABSENT", "INVITED", "PRESENT"), 3);
        assertThat(quorum.met()).isFalse();
        assertThat(quorum.warning()).isEqualTo("Not quorate: 2 agencies present, 3 needed");
    }

    @Test
    void theWarningSaysOneAgencyInTheSingular() {
        assertThat(Quorum.of(List.of("PRESENT"), 2).warning()).isEqualTo("Not quorate: 1 agency present, 2 needed");
    }

    @Test
    void theQuorumIsTheSettingNotAConstant() {
        List<String> two = List.of("PRESENT", "PRESENT");
        assertThat(Quorum.of(two, 2).met()).isTrue();
        assertThat(Quorum.of(two, 5).met()).isFalse();
    }
}
