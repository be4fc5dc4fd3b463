package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.bench.Figures;
import app.haven.bench.PageLoad;
import app.haven.bench.Report;
import app.haven.cases.RegisterPopulation;
import app.haven.identity.TestAccounts;
import app.haven.platform.web.Option;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The missing coordinator's view and the register with missing counts over 100,000 episodes per area (four areas,
 * {@code -Dhaven.bench.missing.episodes=N} per area) with 20 concurrent signed-in coordinators, as server time against
 * the target p95 of 100 ms; and the SSDA903 missing table of all 400,000 episodes, streamed, against 10 seconds, with
 * the heap sampled while it streams. Follows {@code RegisterBenchmark}'s harness (its population and server timing).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "haven.bench.missing=own-database")
@org.springframework.context.annotation.Import(app.haven.bench.ServerTiming.class)
class MissingBenchmark {

    private static final int AREAS = 4;
    private static final int USERS = 20;
    private static final int REQUESTS_PER_USER = 50;

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private PageLoad load;

    @Test
    void coordinatorsViewRegisterAndStatutoryReturnAtScale() throws Exception {
        int perArea = Integer.getInteger("haven.bench.missing.episodes", 100_000);
        int cases = Integer.getInteger("haven.bench.register.cases", 20_000) / AREAS * AREAS;
        RegisterPopulation.Staff staff = RegisterPopulation.coordinators(accounts, jdbc, AREAS, USERS / AREAS);
        List<TestAccounts.Account> coordinators = staff.coordinators();
        List<RegisterPopulation.Area> areas = staff.areas();
        TestAccounts.Account returns = accounts.colleague(coordinators.get(0), "CSE_COORDINATOR");
        RegisterPopulation.coverAreas(jdbc, returns, areas.subList(1, AREAS));
        long started = System.nanoTime();
        // As the database's superuser, as RegisterBenchmark does: the loads vacuum, analyse and checkpoint.
        DataSource superuser = app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource);
        RegisterPopulation.load(superuser, areas, cases);
        long episodes = MissingPopulation.load(
                superuser, areas.stream().map(RegisterPopulation.Area::areaId).toList(), returns.id(), perArea);
        Report.line(Figures.rate(
                "open cases and missing episodes seeded (" + episodes + " episodes)",
                episodes,
                Duration.ofNanos(System.nanoTime() - started)));

        load = new PageLoad(
                port, REQUESTS_PER_USER, app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource));
        List<HttpClient> users = load.signIn(coordinators);
        // Warm-up until the JIT has compiled the pages' code paths: the figures are for a Haven that has been running.
        List<PageLoad.Visit> visits = new ArrayList<>();
        for (String path : List.of(
                "/missing",
                "/missing?show=interview-overdue",
                "/missing?show=interview-due&sort=due",
                "/missing?show=repeat",
                "/missing?show=recent&sort=risk",
                "/missing?show=recent&page=50",
                "/register",
                "/register?flag=missing-90",
                "/register?sort=missing",
                "/register?flag=missing-now")) {
            visits.add(new PageLoad.Visit(users, path));
        }
        load.warmUp(visits);
        measure("GET /missing (missing now)", users, "/missing", "episodes");
        measure("GET /missing?show=interview-overdue", users, "/missing?show=interview-overdue", "episodes");
        measure("GET /missing?show=interview-due&sort=due", users, "/missing?show=interview-due&sort=due", "episodes");
        measure("GET /missing?show=repeat", users, "/missing?show=repeat", "episodes");
        measure("GET /missing?show=recent&sort=risk", users, "/missing?show=recent&sort=risk", "episodes");
        measure("GET /missing?show=recent&page=50", users, "/missing?show=recent&page=50", "episodes");
        // Every list and order the view offers, each on its own, then a category and a police risk filter.
        for (Option show : CoordinatorFilter.SHOWS) {
            for (Option sort : CoordinatorFilter.SORTS) {
                String path = "/missing?show=" + show.value() + "&sort=" + sort.value();
                measure("GET " + path, users, path, "episodes");
            }
        }
        measure("GET /missing?show=recent&category=ABSENT", users, "/missing?show=recent&category=ABSENT", "episodes");
        measure("GET /missing?show=recent&risk=HIGH", users, "/missing?show=recent&risk=HIGH", "episodes");
        measure("GET /register (with missing counts)", users, "/register", "open cases");
        measure("GET /register?flag=missing-90", users, "/register?flag=missing-90", "open cases");
        measure("GET /register?sort=missing", users, "/register?sort=missing", "open cases");
        measure("GET /register?flag=missing-now", users, "/register?flag=missing-now", "open cases");

        HttpClient exporter = load.signIn(List.of(returns)).get(0);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        long rows = 0;
        Duration took = Duration.ZERO;
        for (int year : List.of(current - 1, current)) {
            Export export = export(exporter, year);
            Report.line(String.format(
                    "SSDA903 missing table %d-%d: %,d rows in %d ms (%,.0f rows/s), %,d bytes; heap used %d MB"
                            + " before, at most %d MB while streaming (growth %d MB, garbage included); live heap after"
                            + " a full GC %d MB before, %d MB while streaming (retained %d MB)",
                    year,
                    year + 1,
                    export.rows(),
                    export.took().toMillis(),
                    export.rows() / Math.max(0.001, export.took().toNanos() / 1e9),
                    export.bytes(),
                    export.heapBefore() >> 20,
                    export.heapPeak() >> 20,
                    (export.heapPeak() - export.heapBefore()) >> 20,
                    export.heapBefore() >> 20,
                    export.liveStreaming() >> 20,
                    (export.liveStreaming() - export.heapBefore()) >> 20));
            rows += export.rows();
            took = took.plus(export.took());
        }
        Report.line(String.format("SSDA903 missing table, both years: %,d rows; ", rows)
                + Report.against("time", took, Duration.ofSeconds(10)));
    }

    /**
     * What one export took. The peak sampled while streaming includes garbage not yet collected; whether the export is
     * streamed (memory flat) shows in the live heap after a full collection while it streams, against before.
     */
    private record Export(long rows, long bytes, Duration took, long heapBefore, long heapPeak, long liveStreaming) {}

    /** Streams the return, counting lines, while a thread samples the heap in use every 20 ms. */
    private Export export(HttpClient client, int year) throws Exception {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = client.send(
                load.get("/missing/ssda903.csv?area=&year=" + year), HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        long liveStreaming = -1;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[65_536];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes += n;
                // Once the rows flow (the check pass is over and the CSV is being written), one full collection shows
                // what the export holds on to: a return built in memory would be held until its last byte is sent.
                // It costs the timing a few hundred milliseconds, once.
                if (liveStreaming < 0 && bytes >= 1 << 20) {
                    System.gc();
                    liveStreaming = runtime.totalMemory() - runtime.freeMemory();
                }
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        running.set(false);
        sampler.join();
        assertThat(response.statusCode()).isEqualTo(200);
        return new Export(lines - 1, bytes, took, before, peak.get(), liveStreaming < 0 ? before : liveStreaming);
    }

    private void measure(String name, List<HttpClient> clients, String path, String expected) throws Exception {
        Figures figures = load.measure(name, clients, path, expected);
        if (!name.startsWith("warm-up")) {
            PageLoad.printTarget(figures);
        }
    }
}
