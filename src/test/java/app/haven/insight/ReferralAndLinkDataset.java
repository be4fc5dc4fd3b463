package app.haven.insight;

import app.haven.identity.TestAccounts;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals to the commissioned service and intelligence links for {@link MeasureDataset}'s area, with answers worked
 * out by hand in {@link MeasureSourcesIT}. In 2016/17: A's referral (two reasons, decided on time, closed with risk
 * reduced) and B's (declined late); C's is sent on 1 April 2017, the next year. A suspected perpetrator is linked to A
 * and B, a facilitator only to A, an associate to A and B by a restricted link only; a park is linked to A and B.
 */
@Component
class ReferralAndLinkDataset {

    private final JdbcClient jdbc;

    ReferralAndLinkDataset(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(MeasureDataset.Built built) {
        long service = one("INSERT INTO agency (name, kind) VALUES ('Measures commissioned service " + UUID.randomUUID()
                + "', 'COMMISSIONED_SERVICE') RETURNING id");
        long a = referral(built, built.a(), service, "2016-05-01T10:00", "2016-05-03", "2016-05-02T10:00", "CLOSED");
        reasons(a, "ONLINE_GROOMING", "MISSING");
        long b = referral(built, built.b(), service, "2016-06-01T10:00", "2016-06-03", "2016-06-10T10:00", "DECLINED");
        reasons(b, "ONLINE_GROOMING");
        long c = referral(built, built.c(), service, "2017-04-01T00:30", "2017-04-05", null, "SENT");
        reasons(c, "CSE_CONCERN");

        long childA = entity(built, "PERSON", built.a(), true, null);
        long childB = entity(built, "PERSON", built.b(), true, null);
        long suspect = entity(built, "PERSON", adult(built), false, "SUSPECTED_PERPETRATOR");
        long facilitator = entity(built, "PERSON", adult(built), false, "FACILITATOR");
        long associate = entity(built, "PERSON", adult(built), false, "ASSOCIATE");
        long park = entity(built, "LOCATION", null, false, null);
        link(built, suspect, childA, 11, false);
        link(built, suspect, childB, 12, false);
        link(built, facilitator, childA, 13, false);
        link(built, associate, childA, 14, true);
        link(built, associate, childB, 15, true);
        link(built, park, childA, 16, false);
        link(built, park, childB, 17, false);
    }

    private long referral(
            MeasureDataset.Built built,
            long child,
            long service,
            String sent,
            String due,
            String decided,
            String status) {
        TestAccounts.Account by = built.coordinator();
        long agency = one("SELECT agency_id FROM user_account WHERE id = " + by.id());
        long sharing = one("""
                INSERT INTO sharing_decision (child_id, area_id, shared, what, with_agency_id, consent, decided_by,
                       decided_agency_id, decided_at)
                VALUES (%d, %d, true, 'Measures referral', %d, 'GIVEN', %d, %d, now()) RETURNING id
                """.formatted(child, built.area(), service, by.id(), agency));
        Timestamp decidedAt = decided == null ? null : MeasureDataset.at(decided);
        boolean closed = status.equals("CLOSED");
        return jdbc.sql("""
                        INSERT INTO referral (child_id, area_id, from_agency_id, from_user_id, to_agency_id, urgency, concern,
                               consent, sharing_decision_id, status, created_at, sent_at, decision_due_on, decided_at,
                               decided_by, decline_reason, worker_id, outcome, closed_at, closed_by)
                        VALUES (:child, :area, :from, :by, :service, 'ROUTINE', 'Measures concern', 'GIVEN', :sharing,
                                :status, :sent, :sent, :due, :decided, :decidedBy, :declined, :worker, :outcome, :closed,
                                :closedBy) RETURNING id
                        """)
                .param("child", child)
                .param("area", built.area())
                .param("from", agency)
                .param("by", by.id())
                .param("service", service)
                .param("sharing", sharing)
                .param("status", status)
                .param("sent", MeasureDataset.at(sent))
                .param("due", Date.valueOf(due))
                .param("decided", decidedAt)
                .param("decidedBy", decided == null ? null : by.id())
                .param("declined", status.equals("DECLINED") ? "No capacity" : null)
                .param("worker", closed ? by.id() : null)
                .param("outcome", closed ? "RISK_REDUCED" : null)
                .param("closed", closed ? MeasureDataset.at("2016-11-01T10:00") : null)
                .param("closedBy", closed ? by.id() : null)
                .query(Long.class)
                .single();
    }

    private void reasons(long referral, String... codes) {
        for (String code : List.of(codes)) {
            jdbc.sql("INSERT INTO referral_reason_given (referral_id, reason_code) VALUES (:r, :c)")
                    .param("r", referral)
                    .param("c", code)
                    .update();
        }
    }

    private long entity(MeasureDataset.Built built, String kind, Long person, boolean child, String role) {
        return jdbc.sql("""
                        INSERT INTO intel_entity (kind, area_id, label, match_key, person_id, is_child, concern_role,
                               recorded_by, recorded_at)
                        VALUES (:kind, :area, 'Measures entity', :key, :person, :child, :role, :by, now()) RETURNING id
                        """)
                .param("kind", kind)
                .param("area", built.area())
                .param("key", "measures:" + UUID.randomUUID())
                .param("person", person)
                .param("child", child)
                .param("role", role)
                .param("by", built.coordinator().id())
                .query(Long.class)
                .single();
    }

    private void link(MeasureDataset.Built built, long from, long to, long evidence, boolean restricted) {
        jdbc.sql("""
                        INSERT INTO intel_link (from_entity, to_entity, link_type, valid_from, confidence, evidence_kind,
                               evidence_id, grade_rank, restricted, area_id, recorded_by, recorded_at)
                        VALUES (:from, :to, 'ASSOCIATES_WITH', DATE '2016-07-01', 'MEDIUM', 'MISSING_EPISODE', :evidence,
                                0, :restricted, :area, :by, now())
                        """)
                .param("from", from)
                .param("to", to)
                .param("evidence", evidence)
                .param("restricted", restricted)
                .param("area", built.area())
                .param("by", built.coordinator().id())
                .update();
    }

    private long adult(MeasureDataset.Built built) {
        return one("INSERT INTO person (kind, sex, area_id, created_at) VALUES ('ADULT', 'MALE', " + built.area()
                + ", now()) RETURNING id");
    }

    private long one(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
