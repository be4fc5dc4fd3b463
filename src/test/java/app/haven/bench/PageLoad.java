package app.haven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.HttpSignIn;
import app.haven.identity.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Signed-in users requesting a page again as soon as it is served (a closed loop with no think time), for the page
 * benchmarks: prints the round trip and the server time ({@link ServerTiming}, which the benchmark must import) and
 * says whether the server time's p95 meets the pages' target of 100 ms. The clients share the server's JVM and its two
 * CPUs, so each does as little as a client can: one kept-alive socket per user ({@link PageConnection}), each page read
 * as bytes into the connection's buffer and searched there for the expected text rather than decoded into a string
 * (decoding was two fifths of the JVM's garbage). Before measuring, {@link #warmUp} lets the JIT settle.
 */
public final class PageLoad {

    /** The pages' target: p95 server time at most this. */
    public static final Duration TARGET_P95 = Duration.ofMillis(100);

    /** Requests per user in the unrecorded pass before each measured one, and per page in each warm-up pass. */
    private static final int WARM_UP_PER_USER = 10;

    private final int port;
    private final String base;
    private final int requestsPerUser;
    private final ProcessCpu machine;

    public PageLoad(int port, int requestsPerUser) {
        this(port, requestsPerUser, null);
    }

    /** Also prints the CPU this JVM and PostgreSQL spent per measured request (needs the cluster's superuser). */
    public PageLoad(int port, int requestsPerUser, DataSource superuser) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.requestsPerUser = requestsPerUser;
        this.machine = superuser == null ? null : new ProcessCpu(superuser);
    }

    /** One signed-in client per user, each with its own session. */
    public List<HttpClient> signIn(List<TestAccounts.Account> users) throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        for (TestAccounts.Account user : users) {
            clients.add(
                    HttpSignIn.signIn(base, user.email(), TestAccounts.PASSWORD).client());
        }
        return clients;
    }

    /** A page that a group of signed-in users requests: one of a benchmark's measured pages, for the warm-up. */
    public record Visit(List<HttpClient> clients, String path) {}

    /**
     * Requests every page in turn until the JIT has settled ({@link JitWarmUp}), so the figures are for a Haven that
     * has been running. A fresh JVM's
     * C2 compiler took a fifth of both CPUs for over two minutes of load, so a fixed few rounds measured the
     * compiler's competition more than the pages. Prints how long it took and how much it was compiling at the end.
     */
    public void warmUp(List<Visit> visits) throws Exception {
        JitWarmUp.untilSettled(visits.size() + " pages", () -> {
            for (Visit visit : visits) {
                run(visit.clients(), visit.path(), "", new byte[0], WARM_UP_PER_USER, new Figures("warm-up"));
            }
        });
    }

    /**
     * Each client requests {@code path} {@code requestsPerUser} times, all at once; every answer must be 200 and
     * contain {@code expected}. A short unrecorded pass of the same page comes first, so the JIT has compiled what this
     * page runs (a server that has been running has). Prints both figures and returns the server time's.
     */
    public Figures measure(String name, List<HttpClient> clients, String path, String expected) throws Exception {
        byte[] wanted = expected.getBytes(StandardCharsets.UTF_8);
        int warmUps = Math.min(requestsPerUser, WARM_UP_PER_USER);
        clearServerTimes();
        run(clients, path, expected, wanted, warmUps, new Figures(name + ", warm-up"));
        awaitServerTimes(clients.size() * warmUps);
        clearServerTimes();
        Figures roundTrip = new Figures(name + ", " + clients.size() + " concurrent users, round trip");
        ProcessCpu.Snapshot before = machine == null ? null : machine.now();
        run(clients, path, expected, wanted, requestsPerUser, roundTrip);
        String cpuPerRequest =
                machine == null ? null : machine.now().perRequestSince(before, (long) clients.size() * requestsPerUser);
        awaitServerTimes(clients.size() * requestsPerUser);
        roundTrip.print();
        Figures server = new Figures(name + ", " + clients.size() + " concurrent users, server time");
        ServerTiming.TIMES.forEach(server::record);
        server.print();
        Figures cpu = new Figures(name + ", " + clients.size() + " concurrent users, CPU of the request's thread");
        ServerTiming.CPU.forEach(cpu::record);
        cpu.print();
        Report.line(String.format(
                "  allocated by the request's thread: %.0f kB a request on average",
                ServerTiming.ALLOCATED.stream()
                                .mapToLong(Long::longValue)
                                .average()
                                .orElse(0)
                        / 1024));
        if (cpuPerRequest != null) {
            Report.line(cpuPerRequest);
        }
        return server;
    }

    /** Each client requests {@code path} {@code times} times, all at once, recording each round trip. */
    private void run(List<HttpClient> clients, String path, String expected, byte[] wanted, int times, Figures into)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (HttpClient client : clients) {
                running.add(pool.submit(() -> {
                    try (PageConnection connection = PageConnection.of(port, client)) {
                        for (int i = 0; i < times; i++) {
                            long start = System.nanoTime();
                            int status = connection.get(path);
                            boolean found = connection.bodyContains(wanted);
                            into.recordSince(start);
                            assertThat(status).as(path).isEqualTo(200);
                            assertThat(found).as(path + " contains " + expected).isTrue();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void clearServerTimes() {
        ServerTiming.TIMES.clear();
        ServerTiming.CPU.clear();
        ServerTiming.ALLOCATED.clear();
    }

    /**
     * The server records a request's time after its last byte is sent, so the client may finish first: waits (a
     * second at most) until every request measured has been recorded.
     */
    public static void awaitServerTimes(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (ServerTiming.TIMES.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    /** Prints whether these figures meet the target, and by how much they meet or miss it. */
    public static void printTarget(Figures server) {
        Report.line("  " + Report.against("p95", server.percentile(0.95), TARGET_P95));
    }

    public HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET().build();
    }
}
