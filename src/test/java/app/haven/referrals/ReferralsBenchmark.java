package app.haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.bench.Explain;
import app.haven.bench.Figures;
import app.haven.bench.PageLoad;
import app.haven.bench.Report;
import app.haven.bench.RequestProfile;
import app.haven.browser.HttpSignIn;
import app.haven.identity.TestAccounts;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The commissioned service's referral queue and a worker's caseload over 50,000 referrals and 200,000 sessions
 * ({@code -Dhaven.bench.referrals=N}, {@code -Dhaven.bench.sessions=N}) with 20 concurrent signed-in workers, as server
 * time (inside Haven, {@code ServerTiming}) against the target p95 of 100 ms.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "haven.bench.referrals=own-database")
@org.springframework.context.annotation.Import(app.haven.bench.ServerTiming.class)
class ReferralsBenchmark {

    private static final int USERS = 20;
    private static final int REQUESTS_PER_USER = Integer.getInteger("haven.bench.referrals.requests", 50);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReferralFixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private PageLoad load;

    @Test
    void queueAndCaseloadAtScale() throws Exception {
        int referrals = Integer.getInteger("haven.bench.referrals", 50_000);
        int sessions = Integer.getInteger("haven.bench.sessions", 200_000);
        TestAccounts.Account school = fixtures.schoolLead();
        List<TestAccounts.Account> workers = new ArrayList<>(List.of(fixtures.serviceWorker(school)));
        for (int i = 1; i < USERS; i++) {
            workers.add(fixtures.colleague(workers.get(0), "CASE_WORKER"));
        }
        long area = jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id")
                .param("id", school.id())
                .query(Long.class)
                .single();
        long started = System.nanoTime();
        long seeded = ReferralsPopulation.load(
                app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource),
                new ReferralsPopulation.Setting(
                        area,
                        fixtures.agencyOf(school),
                        school.id(),
                        fixtures.agencyOf(workers.get(0)),
                        workers.stream().map(TestAccounts.Account::id).toList()),
                referrals,
                sessions);
        Report.line(Figures.rate(
                referrals + " referrals and " + seeded + " sessions seeded",
                referrals + seeded,
                Duration.ofNanos(System.nanoTime() - started)));

        // Every measured worker must have a caseload, or the caseload page measures an empty list.
        for (TestAccounts.Account worker : workers) {
            assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE worker_id = :w AND status = 'ACCEPTED'")
                            .param("w", worker.id())
                            .query(Long.class)
                            .single())
                    .as("open referrals worked by %s", worker.email())
                    .isPositive();
        }
        List<HttpClient> users = new ArrayList<>();
        for (TestAccounts.Account worker : workers) {
            users.add(HttpSignIn.signIn("http://localhost:" + port, worker.email(), TestAccounts.PASSWORD)
                    .client());
        }
        load = new PageLoad(
                port, REQUESTS_PER_USER, app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource));
        if (Boolean.getBoolean("haven.bench.referrals.profileOnly")) {
            // Where a request's time goes, without the load: for working on the pages' cost.
            measure("warm-up (queue)", users, "/referrals", "waiting-table");
            measure("warm-up (caseload)", users, "/referrals/caseload", "caseload-table");
            measure("GET / (home page, for comparison)", users, "/", "");
            measure("GET /referrals (the service's queue)", users, "/referrals", "waiting-table");
            measure("GET /referrals/caseload (a worker's caseload)", users, "/referrals/caseload", "caseload-table");
            profile(users, workers);
            hold();
            return;
        }
        // Warm-up until the JIT has compiled the pages' code paths: the figures are for a Haven that has been running.
        load.warmUp(List.of(
                new PageLoad.Visit(users, "/referrals"),
                new PageLoad.Visit(users, "/referrals/caseload"),
                new PageLoad.Visit(users, "/")));
        // The floor: a signed-in page that reads no referral, under the same load on the same machine.
        measure("GET / (home page, for comparison)", users, "/", "");
        measure("GET /referrals (the service's queue)", users, "/referrals", "waiting-table");
        measure("GET /referrals/caseload (a worker's caseload)", users, "/referrals/caseload", "caseload-table");

        profile(users, workers);
    }

    /** Where a request's time goes, one at a time: server time, the request thread's CPU, PostgreSQL's statements. */
    private void profile(List<HttpClient> users, List<TestAccounts.Account> workers) throws Exception {
        DataSource superuser = app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource);
        RequestProfile profile = new RequestProfile(superuser, new PageLoad(port, 1));
        profile.print("GET / (home page, for comparison)", users.get(1), "/", 30);
        profile.print("GET /referrals", users.get(1), "/referrals", 30);
        profile.print("GET /referrals/caseload", users.get(1), "/referrals/caseload", 30);
        explain(superuser, workers.get(1));
    }

    /**
     * Keeps the seeded database up for {@code -Dhaven.bench.referrals.holdMinutes=N} minutes after the profile, naming
     * it, so its statements can be tried by hand ({@code psql}) on the benchmark's data.
     */
    private void hold() throws InterruptedException {
        int minutes = Integer.getInteger("haven.bench.referrals.holdMinutes", 0);
        if (minutes > 0) {
            JdbcClient superuser =
                    JdbcClient.create(app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource));
            Report.line("holding for " + minutes + " minutes: database "
                    + superuser
                            .sql("SELECT current_database()")
                            .query(String.class)
                            .single() + " on port "
                    + superuser.sql("SHOW port").query(String.class).single() + ", data in "
                    + superuser.sql("SHOW data_directory").query(String.class).single());
            Thread.sleep(minutes * 60_000L);
        }
    }

    /** The plans of the queue's, the caseload's and the counts' queries for one worker, on the benchmark's data. */
    private void explain(DataSource superuser, TestAccounts.Account worker) {
        long agency = fixtures.agencyOf(worker);
        Map<String, Object> page = Map.of(
                "agency",
                agency,
                "user",
                worker.id(),
                "since",
                java.sql.Date.valueOf(java.time.LocalDate.now().minusYears(1)));
        Explain.print(superuser, "the queue (both lists, one statement)", ReferralQueue.queueSql(1, 1), page);
        Explain.print(superuser, "the caseload", ReferralQueue.caseloadSql(1), page);
        Explain.print(
                superuser,
                "the counts and outcomes",
                QueueFigures.SQL,
                Map.of(
                        "agency",
                        agency,
                        "user",
                        worker.id(),
                        "since",
                        java.sql.Date.valueOf(java.time.LocalDate.now().minusYears(1))));
    }

    private void measure(String name, List<HttpClient> clients, String path, String expected) throws Exception {
        Figures server = load.measure(name, clients, path, expected);
        if (!name.startsWith("warm-up") && !name.contains("for comparison")) {
            PageLoad.printTarget(server);
        }
    }
}
