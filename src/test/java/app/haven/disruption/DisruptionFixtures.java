package app.haven.disruption;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Persons of concern and locations in the intelligence network, as intelligence's own tests make them (rows of its
 * entity table, which this module reads only through {@code IntelligenceEntities}), and children in an account's area.
 */
@Component
public class DisruptionFixtures {

    final JdbcClient jdbc;
    final CaseFixtures cases;

    DisruptionFixtures(JdbcClient jdbc, CaseFixtures cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** An adult flagged as a suspected perpetrator in the account's area; returns the entity's id. */
    public long adultOfConcern(TestAccounts.Account by, String given, String family) {
        long area = cases.areaOf(by);
        long person = jdbc.sql("INSERT INTO person (kind, sex, area_id, created_at) VALUES ('ADULT', 'MALE', :area,"
                        + " now()) RETURNING id")
                .param("area", area)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)"
                        + " VALUES (:id, 'LEGAL', :given, :family, now())")
                .param("id", person)
                .param("given", given)
                .param("family", family)
                .update();
        return entity(
                by, "'PERSON'", given + " " + family, "person:" + person, person, "'SUSPECTED_PERPETRATOR'", "NULL");
    }

    public long hotel(TestAccounts.Account by, String address) {
        return entity(by, "'LOCATION'", address, "address:" + address.toLowerCase(), null, "NULL", "'HOTEL'");
    }

    public long operation(TestAccounts.Account by, String name) {
        return entity(by, "'OPERATION'", name, "operation:" + name.toLowerCase(), null, "NULL", "NULL");
    }

    private long entity(
            TestAccounts.Account by, String kind, String label, String key, Long person, String role, String type) {
        return jdbc.sql("INSERT INTO intel_entity (kind, area_id, label, match_key, person_id, concern_role,"
                        + " location_type, recorded_by, recorded_at) VALUES (" + kind
                        + ", :area, :label, :key, :person, "
                        + role + ", " + type + ", :by, now()) RETURNING id")
                .param("area", cases.areaOf(by))
                .param("label", label)
                .param("key", key)
                .param("person", person)
                .param("by", by.id())
                .query(Long.class)
                .single();
    }

    public long child(TestAccounts.Account worker, String given) {
        return cases.child(worker, given);
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    long chronology(long child, String type) {
        return jdbc.sql("SELECT count(*) FROM chronology_entry WHERE child_id = :c AND event_type = :t")
                .param("c", child)
                .param("t", type)
                .query(Long.class)
                .single();
    }
}
