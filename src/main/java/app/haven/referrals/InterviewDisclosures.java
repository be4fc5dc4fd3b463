package app.haven.referrals;

import app.haven.missing.DisclosureMade;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a disclosure made in a return home interview into a disclosure record, in the interview's own transaction (so
 * neither is saved without the other) and once per interview. When the interviewer passed it to the police at the
 * time, the police response is tracked from then.
 */
@Component
class InterviewDisclosures {

    private final JdbcClient jdbc;
    private final Disclosures disclosures;

    InterviewDisclosures(JdbcClient jdbc, Disclosures disclosures) {
        this.jdbc = jdbc;
        this.disclosures = disclosures;
    }

    @EventListener
    void record(DisclosureMade made) {
        String interviewer = jdbc.sql("SELECT display_name FROM user_account WHERE id = :id")
                .param("id", made.recordedByUser())
                .query(String.class)
                .single();
        long area = jdbc.sql("SELECT area_id FROM missing_episode WHERE id = :id")
                .param("id", made.episodeId())
                .query(Long.class)
                .single();
        disclosures.recordFrom(
                made.source(),
                made.childId(),
                area,
                new NewDisclosure(
                        "The young person",
                        interviewer + " (return home interview)",
                        made.madeAt(),
                        Optional.empty(),
                        made.what(),
                        false,
                        Optional.empty(),
                        Optional.of(made.about().orElse("Not said")),
                        "OTHER",
                        made.passedToPolice()
                                ? Optional.of(
                                        new NewDisclosure.PassedToPolice(made.madeAt(), interviewer, Optional.empty()))
                                : Optional.empty()),
                new Disclosures.Recorder(made.recordedByUser(), made.recordedByAgency()));
    }
}
