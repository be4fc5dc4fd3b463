package app.haven.referrals;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What another module may learn of a referral or a disclosure in order to cite it as evidence (intelligence's links):
 * which child it concerns, so that module can check the reader may open that child's record. Nothing else.
 */
@Service
public class ReferralEvidence {

    private final JdbcClient jdbc;

    ReferralEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child a referral (sent or not) is about, if there is such a referral. */
    public Optional<Long> childOfReferral(long referralId) {
        return jdbc.sql("SELECT child_id FROM referral WHERE id = :id")
                .param("id", referralId)
                .query(Long.class)
                .optional();
    }

    /** The child who made a disclosure recorded here, if there is such a disclosure. */
    public Optional<Long> childOfDisclosure(long disclosureId) {
        return jdbc.sql("SELECT child_id FROM disclosure WHERE id = :id")
                .param("id", disclosureId)
                .query(Long.class)
                .optional();
    }
}
