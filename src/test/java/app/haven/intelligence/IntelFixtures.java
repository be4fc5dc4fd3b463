package app.haven.intelligence;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import app.haven.intelligence.network.LinkType;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Entities, reports and links made through the module's services, as a signed-in user. */
@Component
class IntelFixtures {

    final Entities entities;
    final Reports reports;
    final Links links;
    final EntityQueries entityQueries;
    final TestAccounts accounts;
    final CaseFixtures cases;
    final JdbcClient jdbc;

    IntelFixtures(
            Entities entities,
            Reports reports,
            Links links,
            EntityQueries entityQueries,
            TestAccounts accounts,
            CaseFixtures cases,
            JdbcClient jdbc) {
        this.entities = entities;
        this.reports = reports;
        this.links = links;
        this.entityQueries = entityQueries;
        this.accounts = accounts;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    HavenPrincipal principal(TestAccounts.Account account) {
        return (HavenPrincipal) accounts.principal(account);
    }

    /** Also lets the account work in another account's area. */
    void alsoIn(TestAccounts.Account account, TestAccounts.Account of) {
        jdbc.sql("INSERT INTO user_area (user_id, area_id) SELECT :id, area_id FROM user_area WHERE user_id = :of")
                .param("id", account.id())
                .param("of", of.id())
                .update();
    }

    long vehicle(TestAccounts.Account by, String registration) {
        EntityForm form = new EntityForm(
                "VEHICLE", "", "", "", "", "", "", "", registration, "Ford", "Silver", "", "", "", "", "", "");
        return record(by, form);
    }

    long location(TestAccounts.Account by, String address, String postcode) {
        EntityForm form = new EntityForm(
                "LOCATION", "", "", "HOTEL", address, postcode, "53.09", "-2.44", "", "", "", "", "", "", "", "", "");
        return record(by, form);
    }

    long record(TestAccounts.Account by, EntityForm form) {
        app.haven.platform.web.FormErrors.Builder errors = app.haven.platform.web.FormErrors.builder();
        NewEntity entity = form.check(
                        cases.areaOf(by), List.of(new app.haven.platform.web.Option("HOTEL", "Hotel")), errors)
                .orElseThrow(() -> new AssertionError(errors.build().items()));
        return as(by, () -> entities.record(entity, principal(by)));
    }

    /** An adult person record flagged as a person of concern, in the account's area. */
    long adultOfConcern(TestAccounts.Account by, String family) {
        long area = cases.areaOf(by);
        long person = jdbc.sql("""
                        INSERT INTO person (kind, sex, area_id, created_at) VALUES ('ADULT', 'MALE', :area, now()) RETURNING id
                        """).param("area", area).query(Long.class).single();
        jdbc.sql("INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)"
                        + " VALUES (:id, 'LEGAL', 'Gideon', :family, now())")
                .param("id", person)
                .param("family", family)
                .update();
        NewEntity entity =
                NewEntity.person(person, area, "Gideon " + family, false, Optional.of("SUSPECTED_PERPETRATOR"));
        return as(by, () -> entities.record(entity, principal(by)));
    }

    /** A child (the account's agency works with them) as an entity. */
    long child(TestAccounts.Account by, String given) {
        long child = cases.child(by, given);
        return as(by, () -> entities.ensurePerson(child, cases.areaOf(by), principal(by)));
    }

    long report(TestAccounts.Account by, Grading grading, String body, List<Long> about) {
        NewReport report = new NewReport(
                cases.areaOf(by),
                "OFFICER",
                Optional.of("PC Fixture"),
                body,
                LocalDate.now().minusDays(2),
                grading,
                about);
        return as(by, () -> reports.record(report, Optional.empty(), principal(by)));
    }

    long link(TestAccounts.Account by, long from, long to, LinkType type, long reportId) {
        return link(by, from, to, type, NewLink.Evidence.REPORT, reportId);
    }

    long link(TestAccounts.Account by, long from, long to, LinkType type, String evidenceKind, long evidenceId) {
        NewLink link = new NewLink(
                from,
                to,
                type,
                LocalDate.now().minusDays(3),
                Optional.empty(),
                "MEDIUM",
                new NewLink.Evidence(evidenceKind, evidenceId));
        return as(by, () -> links.record(link, principal(by)));
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static Grading grading(String source, String intel, String handling, String conditions) {
        return new Grading(Grading.APP, source, intel, handling, Optional.ofNullable(conditions));
    }

    <T> T as(TestAccounts.Account account, java.util.function.Supplier<T> action) {
        return TestAccounts.as(accounts.principal(account), action);
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
