package app.haven;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One child of the demo partnership with a bit of everything a page can show (names, an address, identifiers, an
 * adult related to them, a screening with an override waiting, a case with its plan and team and a closure waiting,
 * a chronology entry, a merge, a task, a break-glass review, a referral, a disclosure and an NRM referral, and the area's engagement records), and the path variables that reach each part. Built
 * on the demo data: a demo user for every role in every area, and police in one force-wide team.
 */
final class RecordFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final long child;
    final long adult;
    final long caseId;
    final long homeArea;
    final String uniqueName;
    final String adultName;
    final UserDetails coordinator;
    private final Map<String, Long> childParts = new LinkedHashMap<>();
    private final Map<String, Long> adultParts = new LinkedHashMap<>();
    /** Where one route needs a different record of the same kind (the draft screening form needs a draft). */
    private final Map<String, Long> byPattern = new LinkedHashMap<>();

    private final JdbcClient jdbc;
    private final UserDetailsService users;

    private RecordFixture(JdbcClient jdbc, UserDetailsService users, long child, long caseId) {
        this.jdbc = jdbc;
        this.users = users;
        this.child = child;
        this.caseId = caseId;
        this.homeArea = one("SELECT area_id FROM child_case WHERE id = " + caseId);
        int n = SEQUENCE.incrementAndGet();
        this.uniqueName = "Quorvexa" + (char) ('a' + n % 26) + "lyn";
        this.adultName = "Vextormund" + (char) ('a' + n % 26) + "ore";
        this.coordinator = user("SELECT u.id FROM user_account u JOIN user_role r ON r.user_id = u.id"
                + " JOIN user_area a ON a.user_id = u.id WHERE r.role_code = 'CSE_COORDINATOR' AND a.area_id = "
                + homeArea + " ORDER BY u.id LIMIT 1");
        this.adult = adultRelatedTo(child);
    }

    /** Picks an open demo case in the first area that no earlier fixture used, and adds what the demo lacks. */
    static RecordFixture build(JdbcClient jdbc, UserDetailsService users) {
        long caseId = jdbc.sql("""
                        SELECT c.id FROM child_case c JOIN area a ON a.id = c.area_id
                         WHERE c.status = 'OPEN' AND a.code = 'halton'
                           AND NOT EXISTS (SELECT 1 FROM person_merge m WHERE m.kept_person_id = c.child_id)
                           AND EXISTS (SELECT 1 FROM person_relationship r JOIN person p ON p.kind = 'ADULT'
                                          AND p.id IN (r.person_id, r.related_person_id)
                                        WHERE r.ended_at IS NULL AND c.child_id IN (r.person_id, r.related_person_id))
                         ORDER BY c.id LIMIT 1
                        """).query(Long.class).single();
        long child = jdbc.sql("SELECT child_id FROM child_case WHERE id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
        RecordFixture fixture = new RecordFixture(jdbc, users, child, caseId);
        fixture.complete();
        return fixture;
    }

    /** The value for a path variable of this route, or empty when the fixture does not know the variable. */
    Optional<Long> value(String pattern, String key, boolean aboutAdult) {
        if (byPattern.containsKey(pattern + " " + key)) {
            return Optional.of(byPattern.get(pattern + " " + key));
        }
        Map<String, Long> parts = aboutAdult ? adultParts : childParts;
        return Optional.ofNullable(parts.getOrDefault(key, childParts.get(key)));
    }

    /** The path with every variable filled, or empty when one of them is unknown. */
    Optional<String> fill(RouteInventory.Route route) {
        String path = route.pattern();
        for (String key : route.variableKeys()) {
            Optional<Long> value = value(route.pattern(), key, route.aboutAdult());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            String variable = key.substring(key.indexOf('{'));
            path = path.replaceFirst(java.util.regex.Pattern.quote(variable), String.valueOf(value.get()));
        }
        return Optional.of(path);
    }

    /**
     * Users who must not reach this child: a demo user of every role, agency and team whose areas are all elsewhere
     * (demo users who differ only in which other area they cover meet the same rules: one of them stands for all);
     * the partnership analyst, who works in every area and sees aggregates only; a team manager elsewhere whose team
     * also works with the child; a police investigator elsewhere in the force-wide team that works with the child; and
     * a practitioner elsewhere whose break-glass access to the child has expired.
     */
    List<UserDetails> outsiders() {
        List<UserDetails> outsiders =
                new java.util.ArrayList<>(jdbc.sql("""
                        SELECT email FROM (
                            SELECT DISTINCT ON (roles, agency_id, team_id) id, email FROM (
                                SELECT u.id, u.email, u.agency_id, coalesce(u.team_id, 0) AS team_id,
                                       (SELECT string_agg(r.role_code, ',' ORDER BY r.role_code) FROM user_role r
                                         WHERE r.user_id = u.id) AS roles
                                  FROM user_account u WHERE u.email LIKE '%@demo.haven.invalid'
                                   AND (NOT EXISTS (SELECT 1 FROM user_area a WHERE a.user_id = u.id AND a.area_id = :area)
                                        OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id
                                                      AND r.role_code = 'PARTNERSHIP_ANALYST'))) candidate
                             ORDER BY roles, agency_id, team_id, id) representative
                         ORDER BY id
                        """).param("area", homeArea).query(String.class).list().stream()
                        .map(users::loadUserByUsername)
                        .toList());
        outsiders.add(multiAreaTeamManager());
        outsiders.add(expiredBreakGlass());
        return outsiders;
    }

    private UserDetails multiAreaTeamManager() {
        long team = one("SELECT team_id FROM child_involvement WHERE child_id = " + child
                + " AND team_id IS NOT NULL AND ended_at IS NULL AND area_id = " + homeArea
                + " AND agency_id IN (SELECT id FROM agency WHERE kind = 'CHILDRENS_SOCIAL_CARE') LIMIT 1");
        return newUser("TEAM_MANAGER", "(SELECT agency_id FROM team WHERE id = " + team + ")", team);
    }

    private UserDetails expiredBreakGlass() {
        UserDetails user = newUser("PRACTITIONER", agencyElsewhere(), null);
        Instant now = Instant.now();
        jdbc.sql("""
                        INSERT INTO break_glass_grant (user_id, child_id, reason, granted_at, expires_at)
                        SELECT id, :child, 'Out-of-hours call about this child', :granted, :expired
                          FROM user_account WHERE email = :email
                        """)
                .param("child", child)
                .param("granted", Timestamp.from(now.minus(10, ChronoUnit.HOURS)))
                .param("expired", Timestamp.from(now.minus(2, ChronoUnit.HOURS)))
                .param("email", user.getUsername())
                .update();
        return user;
    }

    private String agencyElsewhere() {
        return "(SELECT ag.id FROM agency ag JOIN agency_area aa ON aa.agency_id = ag.id WHERE ag.kind ="
                + " 'CHILDRENS_SOCIAL_CARE' AND aa.area_id <> " + homeArea + " ORDER BY ag.id LIMIT 1)";
    }

    /** A user in an area other than the child's, with this role, agency and team. */
    private UserDetails newUser(String role, String agencySql, Long team) {
        String email = "outsider" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@fixture.haven.invalid";
        long id = jdbc.sql("INSERT INTO user_account (email, display_name, agency_id, team_id, password_hash,"
                        + " created_at) VALUES (:email, 'Otto Outsider', " + agencySql
                        + ", :team, 'not-used', now()) RETURNING id")
                .param("email", email)
                .param("team", team)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO user_role (user_id, role_code) VALUES (:id, :role)")
                .param("id", id)
                .param("role", role)
                .update();
        jdbc.sql("INSERT INTO user_area (user_id, area_id) SELECT :id, id FROM area WHERE id <> :home ORDER BY id"
                        + " LIMIT 1")
                .param("id", id)
                .param("home", homeArea)
                .update();
        return users.loadUserByUsername(email);
    }

    private void complete() {
        long coordinatorId = userId(coordinator);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("UPDATE person_name SET family_name = :name WHERE person_id = :child AND name_type = 'LEGAL'")
                .param("name", uniqueName)
                .param("child", child)
                .update();
        jdbc.sql("UPDATE person_name SET family_name = :name WHERE person_id = :adult AND name_type = 'LEGAL'")
                .param("name", adultName)
                .param("adult", adult)
                .update();
        // The force-wide police team works with the child in its own area: the route by which police elsewhere
        // once reached it.
        jdbc.sql("""
                        INSERT INTO child_involvement (child_id, area_id, agency_id, team_id, started_at)
                        SELECT :child, :area, t.agency_id, t.id, :now FROM team t JOIN agency a ON a.id = t.agency_id
                         WHERE a.kind = 'POLICE' LIMIT 1
                        """)
                .param("child", child)
                .param("area", homeArea)
                .param("now", now)
                .update();
        for (Map.Entry<Long, Map<String, Long>> record :
                Map.of(child, childParts, adult, adultParts).entrySet()) {
            long person = record.getKey();
            Map<String, Long> parts = record.getValue();
            parts.put("names/{nameId}", one("SELECT min(id) FROM person_name WHERE person_id = " + person));
            parts.put("addresses/{addressId}", insert("""
                    INSERT INTO person_address (person_id, line1, town, postcode, from_date, added_at, added_by)
                    VALUES (%d, '1 Fixture Row', 'Nowhere', 'ZZ99 9ZZ', DATE '2024-01-01', now(), %d) RETURNING id
                    """.formatted(person, coordinatorId)));
            parts.put("identifiers/{identifierId}", insert("""
                    INSERT INTO person_identifier (person_id, identifier_type, value, added_at, added_by)
                    VALUES (%d, 'COUNCIL_ID', 'FIX-%d', now(), %d) RETURNING id
                    """.formatted(person, person, coordinatorId)));
            parts.put(
                    "relationships/{relationshipId}",
                    one("SELECT min(id) FROM person_relationship WHERE ended_at IS NULL AND " + child
                            + " IN (person_id, related_person_id) AND " + adult
                            + " IN (person_id, related_person_id)"));
        }
        childParts.put("children/{id}", child);
        childParts.put("children/{childId}", child);
        adultParts.put("people/{id}", adult);
        childParts.put("cases/{id}", caseId);
        long screening = insert("""
                INSERT INTO screening (child_id, tool_id, tool_version, status, completed_by, agency_id, screening_date,
                       band_code, band_label, band_rank, started_at, updated_at, completed_at)
                SELECT %d, 'cse-levels', 1, 'COMPLETED', u.id, u.agency_id, current_date, 'MEDIUM', 'Medium', 2,
                       now(), now(), now() FROM user_account u WHERE u.id = %d RETURNING id
                """.formatted(child, coordinatorId));
        childParts.put("screenings/{id}", screening);
        byPattern.put("/screenings/{id} screenings/{id}", insert("""
                INSERT INTO screening (child_id, tool_id, tool_version, status, completed_by, agency_id, started_at,
                       updated_at)
                SELECT %d, 'cse-levels', 1, 'DRAFT', u.id, u.agency_id, now(), now() FROM user_account u
                 WHERE u.id = %d RETURNING id
                """.formatted(child, coordinatorId)));
        childParts.put("screening-approvals/{overrideId}", insert("""
                INSERT INTO screening_override (screening_id, band_code, band_label, band_rank, reason, requested_by,
                       requested_at, status)
                VALUES (%d, 'LOW', 'Low', 1, 'Known family friend', %d, now(), 'PENDING') RETURNING id
                """.formatted(screening, caseLead())));
        childParts.put("chronology/{entryId}", insert("""
                INSERT INTO chronology_entry (child_id, occurred_at, recorded_at, event_type, event_type_label,
                       summary, significant)
                VALUES (%d, now(), now(), 'people.record-changed', 'Record changed', 'Fixture entry', false)
                RETURNING id
                """.formatted(child)));
        childParts.put("team/{memberId}", one("SELECT min(id) FROM case_team_member WHERE case_id = " + caseId));
        childParts.put("actions/{actionId}", one("SELECT min(id) FROM plan_intervention WHERE case_id = " + caseId));
        childParts.put("goals/{goalId}", one("SELECT min(id) FROM plan_goal WHERE case_id = " + caseId));
        childParts.put("case-approvals/{closureId}", insert("""
                INSERT INTO case_closure (case_id, outcome, reason, summary, requested_by, requested_at, status)
                VALUES (%d, 'RISK_REDUCED', 'RISK_MANAGED', 'Goals met', %d, now(), 'PENDING') RETURNING id
                """.formatted(caseId, caseLead())));
        childParts.put("merges/{mergeId}", merge(coordinatorId));
        childParts.put("tasks/{id}", insert("""
                INSERT INTO inbox_task (source_key, title, child_id, for_user, due_on, link, raised_at)
                VALUES ('fixture:%d', 'Review the case', %d, %d, current_date, '/cases/%d', now()) RETURNING id
                """.formatted(caseId, child, caseLead(), caseId)));
        long episode = insert("""
                INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at, started_at,
                       ended_at, risk_grade, risk_reason, graded_by, looked_after, recorded_by, recorded_at,
                       return_recorded_by, return_recorded_at, interview_due_at)
                VALUES (%d, %d, 'MISSING', 'Carer', now() - interval '3 days', now() - interval '3 days',
                        now() - interval '2 days', 'MEDIUM', 'Not home overnight', 'PC Fixture', false, %d,
                        now() - interval '3 days', %d, now() - interval '2 days', now() + interval '1 day')
                RETURNING id
                """.formatted(child, homeArea, coordinatorId, coordinatorId));
        childParts.put("missing-episodes/{episodeId}", episode);
        childParts.put("people/{involvedId}", insert("""
                INSERT INTO missing_episode_involved (episode_id, kind, description, position)
                VALUES (%d, 'PERSON', 'A man called Jay, about 25', 0) RETURNING id
                """.formatted(episode)));
        jdbc.sql("""
                        INSERT INTO philomena_profile (child_id, version, description, recorded_by, recorded_at)
                        VALUES (:child, 1, 'Slight build, short dark hair', :by, now())
                        """).param("child", child).param("by", coordinatorId).update();
        referralsOf(coordinatorId);
        meetingParts(coordinatorId, screening);
        intelligence(coordinatorId);
        engagement(coordinatorId);
        childParts.put("break-glass-reviews/{grantId}", insert("""
                INSERT INTO break_glass_grant (user_id, child_id, reason, granted_at, expires_at)
                VALUES (%d, %d, 'Arrived at the out-of-hours service', now() - interval '1 hour',
                        now() + interval '7 hours') RETURNING id
                """.formatted(caseLead(), child)));
    }

    /**
     * A referral sent from the coordinator's agency to the partnership's commissioned service (with its sharing
     * decision and one direct work session), a disclosure passed to the police, and an NRM referral.
     */
    private void referralsOf(long coordinatorId) {
        long service = one("SELECT min(id) FROM agency WHERE kind = 'COMMISSIONED_SERVICE' AND NOT retired");
        long sharing = insert("""
                INSERT INTO sharing_decision (child_id, area_id, shared, what, with_agency_id, consent, decided_by,
                       decided_agency_id, decided_at)
                SELECT %d, %d, true, 'Fixture referral', %d, 'GIVEN', u.id, u.agency_id, now()
                  FROM user_account u WHERE u.id = %d RETURNING id
                """.formatted(child, homeArea, service, coordinatorId));
        long referral = insert("""
                INSERT INTO referral (child_id, area_id, from_agency_id, from_user_id, to_agency_id, urgency, concern,
                       consent, sharing_decision_id, status, created_at, sent_at, decision_due_on)
                SELECT %d, %d, u.agency_id, u.id, %d, 'ROUTINE', 'Fixture concern', 'GIVEN', %d, 'SENT', now(), now(),
                       current_date + 1 FROM user_account u WHERE u.id = %d RETURNING id
                """.formatted(child, homeArea, service, sharing, coordinatorId));
        jdbc.sql("INSERT INTO referral_reason_given (referral_id, reason_code) VALUES (:id, 'ONLINE_GROOMING')")
                .param("id", referral)
                .update();
        childParts.put("referrals/{referralId}", referral);
        childParts.put("disclosures/{disclosureId}", insert("""
                INSERT INTO disclosure (child_id, area_id, disclosed_by, disclosed_to, disclosed_at, words, verbatim,
                       about_description, kind_code, passed_to_police_at, passed_by, response_due_on, recorded_by,
                       recorded_agency_id, recorded_at)
                SELECT %d, %d, 'The young person', 'Fixture worker', now() - interval '2 days', 'Fixture words', false,
                       'A man called Fix', 'OTHER', now() - interval '1 day', 'Fixture worker', current_date + 3, u.id,
                       u.agency_id, now() FROM user_account u WHERE u.id = %d RETURNING id
                """.formatted(child, homeArea, coordinatorId)));
        childParts.put("nrm-referrals/{nrmId}", insert("""
                INSERT INTO nrm_referral (child_id, area_id, first_responder, first_responder_agency, exploitation,
                       submitted_on, reasonable_due_on, recorded_by, recorded_at)
                SELECT %d, %d, 'Fixture responder', u.agency_id, 'Fixture exploitation', current_date - 3,
                       current_date + 2, u.id, now() FROM user_account u WHERE u.id = %d RETURNING id
                """.formatted(child, homeArea, coordinatorId)));
    }

    /** A group of the child's area with a meeting, the child on its agenda, an action, and a strategy discussion. */
    private void meetingParts(long coordinatorId, long screening) {
        long group = insert("""
                INSERT INTO meeting_group (area_id, name, chair_user_id, created_by, created_at)
                VALUES (%d, 'Fixture group %d', %d, %d, now()) RETURNING id
                """.formatted(homeArea, System.nanoTime(), coordinatorId, coordinatorId));
        jdbc.sql("INSERT INTO meeting_group_member (group_id, agency_id) SELECT :group, agency_id FROM user_account"
                        + " WHERE id = :user")
                .param("group", group)
                .param("user", coordinatorId)
                .update();
        long meeting = insert("""
                INSERT INTO meeting (group_id, type_code, area_id, starts_at, place, chair_user_id, period_from,
                       created_by, created_at)
                VALUES (%d, 'CSE_GROUP', %d, now() + interval '1 day', 'Fixture room', %d, now() - interval '30 days',
                        %d, now()) RETURNING id
                """.formatted(group, homeArea, coordinatorId, coordinatorId));
        jdbc.sql("INSERT INTO meeting_attendance (meeting_id, agency_id, status) SELECT :meeting, agency_id,"
                        + " 'INVITED' FROM user_account WHERE id = :user")
                .param("meeting", meeting)
                .param("user", coordinatorId)
                .update();
        long item = insert("""
                INSERT INTO agenda_item (meeting_id, position, kind, child_id, reasons)
                VALUES (%d, 1, 'CHILD', %d, ARRAY['ADDED']) RETURNING id
                """.formatted(meeting, child));
        childParts.put("meeting-groups/{groupId}", group);
        childParts.put("meetings/{meetingId}", meeting);
        childParts.put("agenda-items/{itemId}", item);
        childParts.put(
                "meeting-actions/{actionId}", insert("""
                INSERT INTO meeting_action (meeting_id, agenda_item_id, child_id, description, owner_user_id,
                       owner_agency_id, due_on, created_by, created_at)
                SELECT %d, %d, %d, 'Fixture action', u.id, u.agency_id, current_date + 7, %d, now()
                  FROM user_account u WHERE u.id = %d RETURNING id
                """.formatted(meeting, item, child, coordinatorId, caseLead())));
        childParts.put("strategy-discussions/{discussionId}", insert("""
                INSERT INTO strategy_discussion (child_id, screening_id, task_key, triggers, due_on, created_at)
                VALUES (%d, %d, 'screening-strategy:%d', 'Fixture trigger', current_date + 3, now()) RETURNING id
                """.formatted(child, screening, screening)));
    }

    /**
     * The child and the related adult (flagged as a person of concern) in the intelligence network, a graded report
     * about them, the link it shows, and a link proposed from the child's missing episode.
     */
    private void intelligence(long by) {
        long childEntity = personEntity(child, "false", "NULL", by);
        long adultEntity = personEntity(adult, "false", "'SUSPECTED_PERPETRATOR'", by);
        childParts.put("entities/{entityId}", childEntity);
        long report = insert("""
                INSERT INTO intel_report (area_id, source_type, body, reported_on, grading_system, source_grade,
                       intelligence_grade, handling_code, restricted, recorded_by, recorded_at)
                VALUES (%d, 'OFFICER', 'Seen together near the station', current_date, '3X5X2', '2', 'B', 'P', false,
                        %d, now()) RETURNING id
                """.formatted(homeArea, by));
        jdbc.sql("INSERT INTO intel_report_entity (report_id, entity_id) VALUES (:r, :a), (:r, :c)")
                .param("r", report)
                .param("a", adultEntity)
                .param("c", childEntity)
                .update();
        childParts.put("reports/{reportId}", report);
        childParts.put("links/{linkId}", insert("""
                INSERT INTO intel_link (from_entity, to_entity, link_type, valid_from, confidence, evidence_kind,
                       evidence_id, report_id, grade_rank, restricted, area_id, recorded_by, recorded_at)
                VALUES (%d, %d, 'SEEN_WITH', current_date, 'MEDIUM', 'REPORT', %d, %d, 7, false, %d, %d, now())
                RETURNING id
                """.formatted(adultEntity, childEntity, report, report, homeArea, by)));
        disruption(adultEntity, by);
        childParts.put("proposals/{proposalId}", insert("""
                INSERT INTO intel_link_proposal (child_id, area_id, kind, description, evidence_kind, evidence_id,
                       proposed_at)
                VALUES (%d, %d, 'PLACE', 'The fixture hotel', 'MISSING_EPISODE', %d, now()) RETURNING id
                """.formatted(
                        child, homeArea, childParts.get("missing-episodes/{episodeId}"))));
    }

    /**
     * A Child Abduction Warning Notice against the adult protecting the child, with a breach, and a prosecution of the
     * adult with the child as victim.
     */
    private void disruption(long adultEntity, long by) {
        long measure = insert("""
                INSERT INTO disruption_measure (type_code, subject_entity_id, subject_kind, area_id, issued_on,
                       issuing_agency_id, issuing_officer_id, conditions, expires_on, recorded_at)
                SELECT 'CAWN', %d, 'PERSON', %d, current_date - 5, agency_id, id, 'Not to approach the child',
                       current_date + 20, now() FROM user_account WHERE id = %d RETURNING id
                """.formatted(adultEntity, homeArea, by));
        jdbc.sql("INSERT INTO disruption_measure_child (measure_id, child_id) VALUES (:m, :c)")
                .param("m", measure)
                .param("c", child)
                .update();
        jdbc.sql("""
                        INSERT INTO disruption_breach (measure_id, occurred_on, what, action_taken, recorded_by, recorded_at)
                        VALUES (:m, current_date - 1, 'Seen at the school gates', 'Arrested', :by, now())
                        """).param("m", measure).param("by", by).update();
        childParts.put("measures/{measureId}", measure);
        long prosecution = insert("""
                INSERT INTO disruption_prosecution (suspect_entity_id, area_id, charged_on, court, recorded_by, recorded_at)
                VALUES (%d, %d, current_date - 3, 'Fixture Crown Court', %d, now()) RETURNING id
                """.formatted(adultEntity, homeArea, by));
        jdbc.sql("INSERT INTO disruption_prosecution_offence (prosecution_id, offence_code) VALUES (:p, 'SOA_S9')")
                .param("p", prosecution)
                .update();
        jdbc.sql("INSERT INTO disruption_victim (prosecution_id, child_id) VALUES (:p, :c)")
                .param("p", prosecution)
                .param("c", child)
                .update();
        childParts.put("prosecutions/{prosecutionId}", prosecution);
    }

    /**
     * A draft resource, a concern from the public waiting for triage and a service working only in the child's area:
     * records of the area, not of the child, which users of other areas must not open either.
     */
    private void engagement(long by) {
        childParts.put("resources/{resourceId}", insert("""
                INSERT INTO engagement_resource (area_id, kind, title, summary, review_on, created_by, created_at)
                VALUES (%d, 'LEAFLET', 'Fixture leaflet', 'Fixture summary', current_date + 365, %d, now())
                RETURNING id
                """.formatted(homeArea, by)));
        childParts.put("concerns/{concernId}", insert("""
                INSERT INTO community_concern (area_id, what_happened, where_text, when_text, received_at)
                VALUES (%d, 'Fixture concern', 'Fixture street', 'Last night', now()) RETURNING id
                """.formatted(homeArea)));
        long service = insert("""
                INSERT INTO support_service (area_id, name, provider, commissioned, offer, age_from, age_to,
                       how_to_refer, capacity, recorded_by, updated_at)
                VALUES (%d, 'Fixture service', 'Fixture provider', true, 'Direct work', 10, 18, 'By phone', 'OPEN',
                        %d, now()) RETURNING id
                """.formatted(homeArea, by));
        jdbc.sql("INSERT INTO support_service_area (service_id, area_id) VALUES (:s, :a)")
                .param("s", service)
                .param("a", homeArea)
                .update();
        childParts.put("services/{serviceId}", service);
    }

    /** The person's entity, recorded (in the child's area) unless the demo data already made one. */
    private long personEntity(long person, String isChild, String role, long by) {
        jdbc.sql("""
                        INSERT INTO intel_entity (kind, area_id, label, match_key, person_id, is_child, concern_role,
                               recorded_by, recorded_at)
                        SELECT 'PERSON', :area, 'Fixture person', 'person:' || :person, :person, %s, %s, :by, now()
                         WHERE NOT EXISTS (SELECT 1 FROM intel_entity WHERE person_id = :person)
                        """.formatted(isChild, role))
                .param("area", homeArea)
                .param("person", person)
                .param("by", by)
                .update();
        jdbc.sql("UPDATE intel_entity SET is_child = (SELECT kind = 'CHILD' FROM person WHERE id = :person)"
                        + " WHERE person_id = :person")
                .param("person", person)
                .update();
        return one("SELECT id FROM intel_entity WHERE person_id = " + person);
    }

    /** A duplicate record of the child, merged into it. */
    private long merge(long by) {
        long duplicate = insert("INSERT INTO person (kind, sex, area_id, created_at, merged_into) VALUES ('CHILD',"
                + " 'FEMALE', " + homeArea + ", now(), " + child + ") RETURNING id");
        jdbc.sql("INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)"
                        + " VALUES (:id, 'LEGAL', 'Dupli', :name, now())")
                .param("id", duplicate)
                .param("name", uniqueName)
                .update();
        return insert("INSERT INTO person_merge (kept_person_id, merged_person_id, reason, merged_at, merged_by)"
                + " VALUES (" + child + ", " + duplicate + ", 'Same child', now(), " + by + ") RETURNING id");
    }

    long caseLead() {
        return one("SELECT lead_user_id FROM child_case WHERE id = " + caseId);
    }

    private long adultRelatedTo(long childId) {
        return one("SELECT min(p.id) FROM person_relationship r JOIN person p ON p.id IN (r.person_id,"
                + " r.related_person_id) AND p.kind = 'ADULT' WHERE r.ended_at IS NULL AND " + childId
                + " IN (r.person_id, r.related_person_id)");
    }

    private UserDetails user(String idQuery) {
        long id = one(idQuery);
        return users.loadUserByUsername(jdbc.sql("SELECT email FROM user_account WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single());
    }

    long userId(UserDetails user) {
        return jdbc.sql("SELECT id FROM user_account WHERE email = :email")
                .param("email", user.getUsername())
                .query(Long.class)
                .single();
    }

    private long one(String sql) {
        Long value = jdbc.sql(sql).query(Long.class).single();
        if (value == null) {
            throw new IllegalStateException("the demo data has nothing for: " + sql);
        }
        return value;
    }

    private long insert(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
