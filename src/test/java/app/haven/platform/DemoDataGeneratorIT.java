package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Its own application context, and so its own empty database: the assertions count every row. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "haven.test.database=demo-data")
class DemoDataGeneratorIT {

    private static final Pattern PASSWORD = Pattern.compile("Password for every demo account: (\\S+)");

    @Autowired
    DemoDataGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void generatesADemoUserForEveryRoleInEveryAreaOnceOnly() {
        var first = generator.generateOnce(1, Instant.now());
        assertThat(first).isPresent();
        long users = count("SELECT count(*) FROM user_account");

        assertThat(generator.generateOnce(1, Instant.now())).isEmpty();
        assertThat(count("SELECT count(*) FROM user_account")).isEqualTo(users);

        List<String> areas = jdbc.sql("SELECT name FROM area ORDER BY name")
                .query(String.class)
                .list();
        assertThat(areas).containsExactly("Cheshire East", "Cheshire West and Chester", "Halton", "Warrington");
        long perAreaRoles = count("""
                SELECT count(*) FROM (
                  SELECT a.id, r.code FROM area a CROSS JOIN role r
                   WHERE r.code NOT IN ('PARTNERSHIP_ANALYST', 'SYSTEM_ADMINISTRATOR')
                     AND NOT EXISTS (SELECT 1 FROM user_role ur JOIN user_area ua ON ua.user_id = ur.user_id
                                      WHERE ur.role_code = r.code AND ua.area_id = a.id)) missing
                """);
        assertThat(perAreaRoles).as("area/role pairs without a demo user").isZero();
        assertThat(count("SELECT count(*) FROM user_account WHERE email NOT LIKE '%@demo.haven.invalid'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM agency WHERE name NOT LIKE '%(demo)'"))
                .isZero();

        Matcher password = PASSWORD.matcher(String.join("\n", first.get().announcements()));
        assertThat(password.find()).isTrue();
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE email = 'admin@demo.haven.invalid'")
                .query(String.class)
                .single();
        assertThat(passwordEncoder.matches(password.group(1), hash)).isTrue();
        assertThat(password.group(1)).hasSizeGreaterThanOrEqualTo(12);
        assertCasesOnTheRegister();
        assertTheInboxAgreesWithTheRegister();
        assertMissingEpisodesInEveryArea();
        assertAYearOfMeetingsInEveryArea();
        assertReferralsInEveryArea();
        assertTheIntelligenceNetworkRaisesTheAlert();
    }

    /** Recorded as the analysts would: a hub linked to three children across two areas raises one alert to both. */
    private void assertTheIntelligenceNetworkRaisesTheAlert() {
        assertThat(count("SELECT count(*) FROM intel_entity WHERE concern_role IS NOT NULL"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM intel_alert WHERE cardinality(area_ids) = 2 AND cleared_at IS NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM inbox_task t JOIN user_account u ON u.id = t.for_user"
                        + " WHERE t.source_key LIKE 'intel-many-children:%' AND u.email LIKE 'coordinator.%'"))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM intel_report WHERE restricted")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE subject_type = 'intel-link'"))
                .isEqualTo(count("SELECT count(*) FROM intel_link"));
    }

    /**
     * Demo cases go through the services a user's screens call: every open case's review and unheld planning meeting
     * is a task in its lead's inbox (showing today when overdue), and every opening is audited as its lead's act.
     */
    private void assertTheInboxAgreesWithTheRegister() {
        assertThat(count("SELECT count(*) FROM child_case WHERE status = 'OPEN' AND next_review_on < current_date"))
                .as("the demo has overdue reviews to remind")
                .isPositive();
        assertThat(count("""
                        SELECT count(*) FROM child_case c WHERE c.status = 'OPEN' AND NOT EXISTS (
                          SELECT 1 FROM inbox_task t WHERE t.source_key = 'case-review:' || c.id AND t.done_at IS NULL
                             AND t.for_user = c.lead_user_id AND t.due_on = c.next_review_on
                             AND (c.next_review_on >= current_date OR t.show_from <= current_date))
                        """))
                .as("open cases whose review is not in the lead's inbox")
                .isZero();
        assertThat(count("""
                        SELECT count(*) FROM child_case c WHERE c.status = 'OPEN' AND c.planning_meeting_held_on IS NULL
                           AND NOT EXISTS (SELECT 1 FROM inbox_task t WHERE t.source_key = 'case-planning:' || c.id
                                              AND t.done_at IS NULL AND t.for_user = c.lead_user_id)
                        """))
                .as("open cases whose planning meeting is not in the lead's inbox")
                .isZero();
        assertThat(count("""
                        SELECT count(*) FROM child_case c WHERE NOT EXISTS (SELECT 1 FROM audit_event e
                         WHERE e.subject_type = 'case' AND e.subject_id = c.id AND e.action = 'create'
                           AND e.user_id = c.opened_by)
                        """)).as("cases whose opening is not audited").isZero();
        assertThat(count("SELECT count(*) FROM inbox_task t JOIN child_case c ON t.source_key = 'case-review:' || c.id"
                        + " WHERE c.status = 'CLOSED' AND t.done_at IS NULL"))
                .as("closed cases still reminding")
                .isZero();
    }

    /**
     * Twelve open and two closed demo cases per area, and 3 + 4 + 5 + 6 closed cases opened in the four financial years
     * before this one (the board's trends), each with its plan, team and opening recorded.
     */
    private void assertCasesOnTheRegister() {
        assertThat(count("SELECT count(*) FROM child_case WHERE status = 'OPEN'"))
                .isEqualTo(4 * 12);
        assertThat(count("SELECT count(*) FROM child_case c JOIN case_closure cc ON cc.case_id = c.id"
                        + " WHERE c.status = 'CLOSED' AND cc.status = 'APPROVED' AND c.closed_on IS NOT NULL"))
                .isEqualTo(4 * (2 + 18));
        // Cases of this year's demo open up to 120 days ago, so early in a year some fall in the year before.
        assertThat(List.of(openedIn(4), openedIn(3), openedIn(2)))
                .as("cases opened in each of the years four, three and two years ago")
                .containsExactly(4 * 3L, 4 * 4L, 4 * 5L);
        assertThat(openedIn(1)).as("cases opened last year").isGreaterThanOrEqualTo(4 * 6L);
        assertThat(count("SELECT count(*) FROM child_case c WHERE NOT EXISTS"
                        + " (SELECT 1 FROM case_plan pl WHERE pl.case_id = c.id)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM child_case c WHERE 2 <> (SELECT count(*) FROM case_team_member m"
                        + " JOIN child_involvement ci ON ci.id = m.involvement_id AND ci.user_id = m.user_id"
                        + " WHERE m.case_id = c.id)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM child_case c WHERE NOT EXISTS (SELECT 1 FROM case_status_change s"
                        + " WHERE s.case_id = c.id AND s.status = 'OPENED')"))
                .isZero();
        assertThat(count("SELECT count(*) FROM child_case c JOIN child_involvement ci ON ci.child_id = c.child_id"
                        + " JOIN user_account u ON u.id = ci.user_id"
                        + " WHERE u.email LIKE 'investigator.%' AND ci.area_id = c.area_id"
                        // A meeting's action opens the child's record to its owner while it is open (meetings).
                        + " AND NOT EXISTS (SELECT 1 FROM meeting_action a WHERE a.involvement_id = ci.id)"))
                .isEqualTo(4 * (14 + 18));
    }

    private long openedIn(int yearsAgo) {
        return jdbc.sql("SELECT count(*) FROM child_case WHERE opened_on >= :from AND opened_on < :to")
                .param("from", financialYear(yearsAgo))
                .param("to", financialYear(yearsAgo - 1))
                .query(Long.class)
                .single();
    }

    /** 1 April of the financial year {@code yearsAgo} before this one. */
    private static java.time.LocalDate financialYear(int yearsAgo) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return java.time.LocalDate.of(year - yearsAgo, 4, 1);
    }

    /** Written through the missing services: the coordinator's view has something in every state in every area. */
    private void assertMissingEpisodesInEveryArea() {
        assertThat(count("SELECT count(DISTINCT area_id) FROM missing_episode WHERE ended_at IS NULL"))
                .isEqualTo(4);
        assertThat(count("SELECT count(DISTINCT area_id) FROM missing_episode WHERE interview_due_at < now()"))
                .isEqualTo(4);
        assertThat(count("SELECT count(DISTINCT area_id) FROM missing_episode WHERE interview_due_at >= now()"))
                .isEqualTo(4);
        assertThat(count("SELECT count(*) FROM return_interview")).isEqualTo(4 * 9);
        assertThat(
                        count(
                                "SELECT count(*) FROM inbox_task WHERE source_key LIKE 'missing-interview:%' AND done_at IS NULL"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM chronology_entry WHERE event_type LIKE 'missing.%'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM audit_event WHERE subject_type = 'missing-episode'"))
                .isPositive();
    }

    /** Written through the referral services: a year of referrals in every area, worked, closed and waiting. */
    private void assertReferralsInEveryArea() {
        assertThat(count("SELECT count(DISTINCT area_id) FROM referral WHERE status = 'SENT'"))
                .isEqualTo(4);
        assertThat(count("SELECT count(DISTINCT area_id) FROM referral WHERE status = 'ACCEPTED'"))
                .isEqualTo(4);
        assertThat(count("SELECT count(DISTINCT area_id) FROM referral WHERE outcome = 'RISK_REDUCED'"))
                .isEqualTo(4);
        assertThat(count("SELECT count(*) FROM referral WHERE sent_at < now() - interval '300 days'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM referral r WHERE NOT EXISTS (SELECT 1 FROM sharing_decision s"
                        + " WHERE s.id = r.sharing_decision_id)"))
                .as("referrals sent without a sharing decision")
                .isZero();
        assertThat(count("SELECT count(*) FROM direct_work_session")).isPositive();
        assertThat(count("SELECT count(*) FROM disclosure WHERE response_code IS NOT NULL"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM nrm_referral WHERE reasonable_outcome = 'POSITIVE'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE subject_type = 'referral' AND action = 'update'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM chronology_entry WHERE event_type = 'referrals.made'"))
                .isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Written through the meetings services: twelve held meetings and one planned per area, actions in every state. */
    private void assertAYearOfMeetingsInEveryArea() {
        assertThat(count("SELECT count(*) FROM meeting WHERE status = 'HELD'")).isEqualTo(4 * 12);
        assertThat(count("SELECT count(*) FROM meeting WHERE status = 'PLANNED' AND starts_at > now()"))
                .isEqualTo(4);
        assertThat(count("SELECT count(DISTINCT status) FROM meeting_action")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id"
                        + " WHERE m.status = 'PLANNED' AND i.kind = 'PERSON' AND i.entity_id IS NOT NULL"))
                .as("the next meetings of the areas with persons of concern name one")
                .isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM meeting_action WHERE status = 'OPEN' AND due_on < current_date"
                        + " AND escalation_level > 0"))
                .as("overdue actions escalated")
                .isPositive();
        assertThat(count("SELECT count(*) FROM meeting_action WHERE status = 'OPEN' AND due_on >= current_date"))
                .as("actions not yet due")
                .isPositive();
        assertThat(count("SELECT count(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 FROM audit_event e"
                        + " WHERE e.subject_type = 'meeting' AND e.subject_id = m.id AND e.action = 'create')"))
                .as("meetings whose arranging is not audited")
                .isZero();
        assertThat(count("SELECT count(*) FROM meeting m JOIN meeting_invitee i ON i.meeting_id = m.id"
                        + " JOIN inbox_task t ON t.source_key = 'meeting-invitation:' || m.id || ':' || i.user_id"
                        + " WHERE m.status = 'PLANNED' AND t.done_at IS NULL AND t.for_user = i.user_id"))
                .as("the named invitees of the next meetings have an invitation in their inbox")
                .isEqualTo(4);
        assertThat(count("SELECT count(*) FROM meeting m JOIN inbox_task t ON t.source_key LIKE"
                        + " 'meeting-invitation:' || m.id || ':%' WHERE m.status = 'HELD' AND t.done_at IS NULL"))
                .as("invitations to meetings held are cleared")
                .isZero();
    }
}
