package app.haven.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.HavenApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL killed under a running Haven: readiness says so within five seconds, Haven starts the
 * server again on its own, and the application carries on with its data.
 */
class DatabaseRecoveryIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Path directory;

    @AfterEach
    void remove() throws IOException {
        FileSystemUtils.deleteRecursively(directory);
    }

    @Test
    void readinessFailsWithinFiveSecondsOfTheDatabaseDyingAndHavenStartsItAgain() throws Exception {
        directory = TemporaryDirectories.open("haven-recovery-");
        try (ConfigurableApplicationContext haven = new SpringApplicationBuilder(HavenApplication.class)
                .run(
                        "--haven.db.mode=persistent",
                        "--haven.data-dir=" + directory.resolve("data"),
                        "--haven.demo.enabled=false",
                        "--server.port=0")) {
            int port = ((WebServerApplicationContext) haven).getWebServer().getPort();
            JdbcClient jdbc = haven.getBean(JdbcClient.class);
            assertThat(firstSeen(port, 200, Duration.ofSeconds(60)))
                    .as("ready after start")
                    .isTrue();
            assertThat(liveness(port)).isEqualTo(200);
            EmbeddedPostgres server = haven.getBean(DatabaseConfiguration.DatabaseServer.class)
                    .embedded()
                    .orElseThrow();
            long killed = server.serverPid();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            Instant at = Instant.now();

            assertThat(firstSeen(port, 503, Duration.ofSeconds(5)))
                    .as("readiness DOWN within 5 s of the kill")
                    .isTrue();
            Duration down = Duration.between(at, Instant.now());
            assertThat(down).isLessThan(Duration.ofSeconds(5));
            assertThat(firstSeen(port, 200, Duration.ofSeconds(90)))
                    .as("ready again once the server was started again")
                    .isTrue();
            System.out.printf(
                    "RECOVERY readiness DOWN %d ms after the kill; ready again after %d ms%n",
                    down.toMillis(), Duration.between(at, Instant.now()).toMillis());
            assertThat(server.serverPid()).isNotEqualTo(killed);
            assertThat(liveness(port)).isEqualTo(200);
            assertThat(jdbc.sql("SELECT count(*) FROM role").query(Long.class).single())
                    .as("the pool reconnects and the migrated database is all there")
                    .isPositive();
        }
    }

    private static boolean firstSeen(int port, int status, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (readiness(port) == status) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static int readiness(int port) {
        return status(port, "/actuator/health/readiness");
    }

    private static int liveness(int port) {
        return status(port, "/actuator/health/liveness");
    }

    private static int status(int port, String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .timeout(Duration.ofSeconds(4))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
