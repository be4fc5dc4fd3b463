package app.haven;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.HttpSignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Haven as a user runs it: a separate JVM on a kept data directory with demo data, killed with SIGKILL and
 * started again. It must come back with the same demo accounts, not a second set, and nothing lost.
 */
class HavenRestartIT {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern PASSWORD = Pattern.compile("Password for every demo account: (\\S+)");

    @TempDir
    Path work;

    private Process haven;

    @AfterEach
    void stopHaven() throws Exception {
        if (haven != null && haven.isAlive()) {
            haven.destroy();
            haven.waitFor();
        }
        // Run as root, the 0700 temporary directory makes Haven keep its cluster elsewhere; remove that too.
        Path marker = work.resolve("data").resolve("postgres-location");
        if (Files.exists(marker)) {
            FileSystemUtils.deleteRecursively(Path.of(Files.readString(marker).strip()));
        }
    }

    @Test
    void comesBackAfterKillMinusNineWithTheSameDemoDataAndNothingLost() throws Exception {
        Path data = work.resolve("data");
        Path firstLog = work.resolve("first.log");
        int port = start(data, firstLog);
        String firstRun = Files.readString(firstLog);
        Matcher password = PASSWORD.matcher(firstRun);
        assertThat(password.find())
                .as("sign-in details printed on first start:%n%s", firstRun)
                .isTrue();
        assertThat(Files.readString(data.resolve("demo-sign-in.txt"))).contains(password.group(1));
        String email = "coordinator.halton@demo.haven.invalid";
        assertThat(HttpSignIn.signIn("http://localhost:" + port, email, password.group(1))
                        .nextPath())
                .isEqualTo("/");

        haven.destroyForcibly().waitFor();

        Path secondLog = work.resolve("second.log");
        int secondPort = start(data, secondLog);
        String secondRun = Files.readString(secondLog);
        assertThat(secondRun).doesNotContain("Password for every demo account").contains("Demo data in place");
        assertThat(HttpSignIn.signIn("http://localhost:" + secondPort, email, password.group(1))
                        .nextPath())
                .isEqualTo("/");
    }

    /** Starts Haven from the test classpath on a random port and waits until it serves; returns the port. */
    private int start(Path data, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        haven = new ProcessBuilder(List.of(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HavenApplication.class.getName(),
                        "--server.port=0",
                        "--haven.db.mode=persistent",
                        "--haven.data-dir=" + data,
                        "--haven.demo.enabled=true",
                        "--haven.demo.generate-on-start=true"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (Instant.now().isBefore(deadline)) {
            assertThat(haven.isAlive())
                    .as("Haven exited early:%n%s", Files.readString(log))
                    .isTrue();
            Optional<Integer> port = startedPort(Files.readString(log));
            if (port.isPresent()) {
                return port.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Haven did not start in time:\n" + Files.readString(log));
    }

    /** Started means serving and past the demo-data step, which runs just after Spring Boot says "Started". */
    private static Optional<Integer> startedPort(String log) {
        if (!log.contains("Demo data in place") && !log.contains("Password for every demo account")) {
            return Optional.empty();
        }
        Matcher port = PORT.matcher(log);
        return port.find() ? Optional.of(Integer.parseInt(port.group(1))) : Optional.empty();
    }
}
