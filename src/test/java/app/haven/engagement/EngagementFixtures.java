package app.haven.engagement;

import app.haven.identity.TestAccounts;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows the engagement tests start from, written as the module's own services would leave them. */
@Component
class EngagementFixtures {

    private static final AtomicInteger CLIENT = new AtomicInteger();

    final JdbcClient jdbc;

    EngagementFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long areaOf(TestAccounts.Account account) {
        return jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id ORDER BY area_id LIMIT 1")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** A client address no other test uses, so each test has its own allowance of public forms. */
    static String newClient() {
        int n = CLIENT.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A location entity in the area, as an analyst would have recorded it. */
    long location(long areaId, long by, String label) {
        return jdbc.sql("""
                        INSERT INTO intel_entity (kind, area_id, label, match_key, address, recorded_by, recorded_at)
                        VALUES ('LOCATION', :area, :label, :key, :label, :by, now()) RETURNING id
                        """)
                .param("area", areaId)
                .param("label", label)
                .param("key", "address:" + label + System.nanoTime())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** An adult flagged as a person of concern, as an entity in the area. */
    long personOfConcern(long areaId, long by, String family) {
        long person = jdbc.sql("INSERT INTO person (kind, sex, area_id, created_at) VALUES ('ADULT', 'MALE', :area,"
                        + " now()) RETURNING id")
                .param("area", areaId)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)"
                        + " VALUES (:id, 'LEGAL', 'Dorian', :family, now())")
                .param("id", person)
                .param("family", family)
                .update();
        return jdbc.sql("""
                        INSERT INTO intel_entity (kind, area_id, label, match_key, person_id, concern_role, recorded_by,
                               recorded_at)
                        VALUES ('PERSON', :area, :label, :key, :person, 'SUSPECTED_PERPETRATOR', :by, now()) RETURNING id
                        """)
                .param("area", areaId)
                .param("label", "Dorian " + family)
                .param("key", "person:" + person)
                .param("person", person)
                .param("by", by)
                .query(Long.class)
                .single();
    }
}
