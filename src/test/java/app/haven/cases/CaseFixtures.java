package app.haven.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.identity.TestAccounts;
import app.haven.screening.ChildScreenings;
import app.haven.screening.ScreeningCompleted;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Children, screenings and cases made directly for the register's tests, and each user's inbox as they see it. */
@Component
public class CaseFixtures {

    private final JdbcClient jdbc;
    private final TestAccounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Cases cases;
    private final ChildScreenings screenings;
    private final Clock clock;

    CaseFixtures(
            JdbcClient jdbc,
            TestAccounts accounts,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Cases cases,
            ChildScreenings screenings,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.transactions = transactions;
        this.cases = cases;
        this.screenings = screenings;
        this.clock = clock;
    }

    /** A child in the worker's area whom the worker's agency works with, named as given. */
    public long child(TestAccounts.Account worker, String given, LocalDate born, boolean learningDisability) {
        long area = areaOf(worker);
        long child = jdbc.sql("""
                        INSERT INTO person (kind, date_of_birth, sex, area_id, learning_disability, created_at)
                        VALUES ('CHILD', :born, 'FEMALE', :area, :ld, :now) RETURNING id
                        """)
                .param("born", Date.valueOf(born))
                .param("area", area)
                .param("ld", learningDisability)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)
                        VALUES (:id, 'LEGAL', :given, 'Quillfeather', :now)
                        """)
                .param("id", child)
                .param("given", given)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("""
                        INSERT INTO child_involvement (child_id, area_id, agency_id, user_id, started_at)
                        SELECT :child, :area, agency_id, id, :now FROM user_account WHERE id = :user
                        """)
                .param("child", child)
                .param("area", area)
                .param("user", worker.id())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return child;
    }

    public long child(TestAccounts.Account worker, String given) {
        return child(worker, given, LocalDate.now(clock).minusYears(14), false);
    }

    /** A completed level-tool screening with this band, announced as the screening module announces one. */
    public long screened(long child, TestAccounts.Account by, String code, String label, int rank) {
        return transactions.execute(status -> {
            long id = jdbc.sql("""
                            INSERT INTO screening (child_id, tool_id, tool_version, status, completed_by, agency_id,
                                   screening_date, band_code, band_label, band_rank, started_at, updated_at, completed_at)
                            SELECT :child, 'cse-levels', 1, 'COMPLETED', u.id, u.agency_id, :today, :code, :label, :rank,
                                   :now, :now, :now FROM user_account u WHERE u.id = :user
                            RETURNING id
                            """)
                    .param("child", child)
                    .param("today", Date.valueOf(LocalDate.now(clock)))
                    .param("code", code)
                    .param("label", label)
                    .param("rank", rank)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("user", by.id())
                    .query(Long.class)
                    .single();
            long agency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                    .param("id", by.id())
                    .query(Long.class)
                    .single();
            events.publishEvent(new ScreeningCompleted(
                    id, child, "cse-levels", 1, code, label, rank, List.of(), clock.instant(), by.id(), agency));
            return id;
        });
    }

    Optional<app.haven.screening.ScreeningSummary> screening(long id) {
        return screenings.find(id);
    }

    /** Puts the child on the register as this user, from their latest screening (or with a reason). */
    public long open(TestAccounts.Account by, long child, TestAccounts.Account lead, String reason) {
        return TestAccounts.as(
                accounts.principal(by),
                () -> cases.open(
                        new Cases.Opening(
                                child,
                                areaOf(by),
                                lead.id(),
                                screenings.latestFor(List.of(child)),
                                reason,
                                List.of("ONLINE"),
                                List.of("11A")),
                        (app.haven.platform.HavenPrincipal) accounts.principal(by)));
    }

    public long areaOf(TestAccounts.Account account) {
        return jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id LIMIT 1")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    Optional<LocalDate> date(String column, long caseId) {
        return jdbc.sql("SELECT " + column + " FROM child_case WHERE id = :id")
                .param("id", caseId)
                .query(Date.class)
                .optional()
                .map(Date::toLocalDate);
    }

    /** The text of each task on the user's home page ("Your work"), status first. */
    public List<String> inbox(MockMvc mvc, TestAccounts.Account account) throws Exception {
        String html = mvc.perform(get("/").with(user(accounts.principal(account))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html).select("#tasks > li").stream()
                .map(Element::text)
                .toList();
    }
}
