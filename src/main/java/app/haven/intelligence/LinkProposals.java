package app.haven.intelligence;

import app.haven.missing.DisclosureMade;
import app.haven.missing.MissingEpisodeStarted;
import app.haven.missing.ReturnInterviewCompleted;
import app.haven.referrals.DisclosureRecorded;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposes links from what casework records, for analysts to accept or reject: each place and person involved in a
 * missing episode (kept as rows by the missing module for this), where and with whom a child was by their return
 * interview, and whom a disclosure is about (one made in a return interview, or one recorded with a referral's work;
 * a disclosure the referrals module copies from an interview was proposed from the interview already). In the same
 * transaction as the record, so none is lost; a proposal made twice from the same evidence is made once.
 */
@Component
class LinkProposals {

    private final JdbcClient jdbc;
    private final Clock clock;

    LinkProposals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void episodeReported(MissingEpisodeStarted started) {
        jdbc.sql("""
                        INSERT INTO intel_link_proposal (child_id, area_id, kind, description, evidence_kind, evidence_id,
                               proposed_at)
                        SELECT e.child_id, e.area_id, i.kind, i.description, 'MISSING_EPISODE', e.id, :now
                          FROM missing_episode_involved i JOIN missing_episode e ON e.id = i.episode_id
                         WHERE e.id = :episode ORDER BY i.kind, i.position
                        ON CONFLICT DO NOTHING
                        """)
                .param("episode", started.episodeId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @EventListener
    void interviewRecorded(ReturnInterviewCompleted completed) {
        jdbc.sql("""
                        INSERT INTO intel_link_proposal (child_id, area_id, kind, description, evidence_kind, evidence_id,
                               proposed_at)
                        SELECT e.child_id, e.area_id, 'MENTION', r.where_and_with_whom, 'RETURN_INTERVIEW', r.id, :now
                          FROM return_interview r JOIN missing_episode e ON e.id = r.episode_id
                         WHERE r.id = :interview AND r.where_and_with_whom IS NOT NULL
                        ON CONFLICT DO NOTHING
                        """)
                .param("interview", completed.interviewId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @EventListener
    void disclosureMade(DisclosureMade disclosure) {
        if (disclosure.about().isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO intel_link_proposal (child_id, area_id, kind, description, evidence_kind, evidence_id,
                               proposed_at)
                        SELECT e.child_id, e.area_id, 'PERSON', :about, 'DISCLOSURE', :interview, :now
                          FROM missing_episode e WHERE e.id = :episode
                        ON CONFLICT DO NOTHING
                        """)
                .param("about", disclosure.about().get())
                .param("interview", disclosure.interviewId())
                .param("episode", disclosure.episodeId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @EventListener
    void disclosureRecorded(DisclosureRecorded disclosure) {
        if (disclosure.fromInterview()) {
            return;
        }
        String about = disclosure
                .aboutDescription()
                .or(() -> disclosure.aboutPersonId().map(id -> "Person record P-" + id))
                .orElseThrow();
        jdbc.sql("""
                        INSERT INTO intel_link_proposal (child_id, area_id, kind, description, evidence_kind, evidence_id,
                               proposed_at)
                        VALUES (:child, :area, 'PERSON', :about, 'REFERRAL_DISCLOSURE', :disclosure, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("child", disclosure.childId())
                .param("area", disclosure.areaId())
                .param("about", about)
                .param("disclosure", disclosure.disclosureId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
