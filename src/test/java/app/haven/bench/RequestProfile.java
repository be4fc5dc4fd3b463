package app.haven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where one page's time goes, one request at a time: the server time, the CPU time of the request's thread, and every
 * statement PostgreSQL ran meanwhile (its own statement log, {@code log_min_duration_statement = 0}, switched on only
 * for these requests), summed per request and by statement, with planning ({@code bind}) apart from running
 * ({@code execute}). Needs the cluster's superuser and {@link ServerTiming}.
 */
public final class RequestProfile {

    private static final Pattern ENTRY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} ");
    private static final Pattern DURATION =
            Pattern.compile("duration: ([0-9.]+) ms\\s+(parse|bind|execute|statement)[^:]*: (.*)", Pattern.DOTALL);

    private final JdbcClient superuser;
    private final PageLoad load;
    private int lastLength;

    public RequestProfile(DataSource superuser, PageLoad load) {
        this.superuser = JdbcClient.create(superuser);
        this.load = load;
    }

    /** Requests the page {@code times} times, one after another, after sixty unmeasured requests; prints the profile. */
    public void print(String name, HttpClient client, String path, int times) throws Exception {
        // Enough for each pooled connection to have prepared the page's statements and built any plan it reuses, so
        // the profile is of a Haven that has been running rather than of each connection's first requests.
        for (int i = 0; i < 60; i++) {
            send(client, path);
        }
        Path log = Path.of(
                        superuser.sql("SHOW data_directory").query(String.class).single())
                .resolve("server.log");
        long from = log.toFile().length();
        logStatements(true);
        ServerTiming.TIMES.clear();
        ServerTiming.CPU.clear();
        try {
            for (int i = 0; i < times; i++) {
                send(client, path);
            }
        } finally {
            logStatements(false);
        }
        Figures server = new Figures(name + ", one user at a time, server time");
        ServerTiming.TIMES.forEach(server::record);
        Figures cpu = new Figures(name + ", one user at a time, CPU of the request's thread");
        ServerTiming.CPU.forEach(cpu::record);
        server.print();
        cpu.print();
        Report.line("  the page: " + lastLength + " bytes");
        statements(read(log, from), times);
    }

    private void send(HttpClient client, String path) throws Exception {
        HttpResponse<byte[]> response = client.send(load.get(path), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        lastLength = response.body().length;
    }

    private void logStatements(boolean on) throws InterruptedException {
        superuser
                .sql(
                        on
                                ? "ALTER SYSTEM SET log_min_duration_statement = 0"
                                : "ALTER SYSTEM RESET log_min_duration_statement")
                .update();
        superuser.sql("SELECT pg_reload_conf()").query().listOfRows();
        Thread.sleep(500);
    }

    private static String read(Path log, long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Sums the logged durations per request: in all, by phase, and for the dearest statements. */
    private static void statements(String text, int times) {
        Map<String, double[]> byStatement = new HashMap<>();
        Map<String, Double> byPhase = new HashMap<>();
        double total = 0;
        int statements = 0;
        int transactions = 0;
        StringBuilder entry = new StringBuilder();
        for (String line : (text + "\n2000-01-01 end").split("\n")) {
            if (ENTRY.matcher(line).find()) {
                Matcher m = DURATION.matcher(entry);
                if (m.find()
                        && !m.group(3).contains("pg_reload_conf")
                        && !m.group(3).contains("ALTER SYSTEM")) {
                    double ms = Double.parseDouble(m.group(1));
                    String sql = m.group(3).replaceAll("\\s+", " ").strip();
                    String key = m.group(2) + ": " + sql.substring(0, Math.min(110, sql.length()));
                    double[] sum = byStatement.computeIfAbsent(key, k -> new double[2]);
                    sum[0] += ms;
                    sum[1]++;
                    byPhase.merge(m.group(2), ms, Double::sum);
                    total += ms;
                    if (!m.group(2).equals("parse") && !m.group(2).equals("bind")) {
                        statements++;
                        if (sql.startsWith("COMMIT") || sql.startsWith("ROLLBACK")) {
                            transactions++;
                        }
                    }
                }
                entry.setLength(0);
            }
            entry.append(line).append('\n');
        }
        Report.line(String.format(
                Locale.ROOT,
                "  PostgreSQL per request: %.1f statements run (BEGIN/COMMIT included), %.1f transactions, %.2f ms in"
                        + " all; by phase %s",
                (double) statements / times,
                (double) transactions / times,
                total / times,
                byPhase.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.2f ms", e.getKey(), e.getValue() / times))
                        .sorted()
                        .toList()));
        List<Map.Entry<String, double[]>> dearest = byStatement.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .limit(20)
                .toList();
        for (Map.Entry<String, double[]> e : dearest) {
            Report.line(String.format(
                    Locale.ROOT,
                    "    %.3f ms/request (%.1f a request) %s",
                    e.getValue()[0] / times,
                    e.getValue()[1] / times,
                    e.getKey()));
        }
    }
}
