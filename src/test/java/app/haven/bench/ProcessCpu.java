package app.haven.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CPU time the whole machine spent on a run of requests, split between this JVM (Haven and the benchmark's own
 * clients, which share it) and the embedded PostgreSQL's processes (the postmaster and every child: backends, WAL
 * writer, checkpointer, autovacuum), read from {@code /proc}. Unlike a concurrent p95 it barely moves with other load
 * on the machine: divided by the requests served it is what a page costs the two CPUs that the twenty users share.
 */
public final class ProcessCpu {

    /** Linux's clock ticks per second for {@code /proc/<pid>/stat}, as on every common kernel. */
    private static final long TICKS_PER_SECOND = 100;

    private final long postmaster;

    /** Needs the cluster's superuser (for its data directory, where the postmaster writes its process id). */
    public ProcessCpu(DataSource superuser) {
        String data = JdbcClient.create(superuser)
                .sql("SHOW data_directory")
                .query(String.class)
                .single();
        try {
            this.postmaster = Long.parseLong(
                    Files.readAllLines(Path.of(data, "postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** CPU time so far: this JVM's and PostgreSQL's, in nanoseconds. */
    public record Snapshot(long jvm, long postgres) {

        /** The CPU per request since {@code before}, as a line of the report. */
        public String perRequestSince(Snapshot before, long requests) {
            return String.format(
                    Locale.ROOT,
                    "  machine CPU per request: %.2f ms in this JVM (Haven and the benchmark's clients), %.2f ms in"
                            + " PostgreSQL (all its processes); %d requests",
                    (jvm - before.jvm) / 1e6 / requests,
                    (postgres - before.postgres) / 1e6 / requests,
                    requests);
        }
    }

    public Snapshot now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Snapshot(jvm, postgresTicks() * (1_000_000_000L / TICKS_PER_SECOND));
    }

    private long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(this::ticksIfPostgres)
                    .sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** utime + stime of the postmaster or one of its children; 0 for any other process (or one that just ended). */
    private long ticksIfPostgres(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            long pid = Long.parseLong(process.getFileName().toString());
            // The command name is in parentheses and may hold spaces: the fields are counted after its closing one.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long parent = Long.parseLong(fields[1]);
            if (pid != postmaster && parent != postmaster) {
                return 0;
            }
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
