package app.haven.cases;

import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager's case file audit: a grade with findings and actions (strategy measure: practice good or better). */
@Service
class CaseAudits {

    private final JdbcClient jdbc;
    private final CaseJournal journal;
    private final Clock clock;

    CaseAudits(JdbcClient jdbc, CaseJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    long record(CaseRef ref, String grade, String findings, String actions, HavenPrincipal manager) {
        long id = jdbc.sql("""
                        INSERT INTO case_file_audit (case_id, grade, findings, actions, audited_by, audited_at)
                        VALUES (:case, :grade, :findings, :actions, :user, :now) RETURNING id
                        """)
                .param("case", ref.caseId())
                .param("grade", grade)
                .param("findings", findings)
                .param("actions", actions.isBlank() ? null : actions)
                .param("user", manager.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        journal.step(
                ref,
                "case-file-audit",
                id,
                "cases.audited",
                "Case file audited",
                "Case file audited: "
                        + CaseChoices.label(CaseChoices.GRADES, grade).toLowerCase(java.util.Locale.UK),
                false,
                manager);
        return id;
    }
}
