package app.haven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.HttpSignIn;
import app.haven.identity.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Server time for the sign-in and home pages under concurrent load from signed-in users: the shape later
 * page benchmarks follow. Prints p50/p95/max; asserts only that every response was a success.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageBenchmark {

    private static final int USERS = 8;
    private static final int REQUESTS_PER_USER = 250;

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void homePageUnderConcurrentSignedInUsers() throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            clients.add(signedIn(accounts.create("PRACTITIONER").email()));
        }
        measure("GET /login (anonymous)", HttpClient.newHttpClient(), "/login", 1, 1000);
        measureConcurrently("GET / (home, " + USERS + " concurrent users)", clients, "/");
    }

    private void measureConcurrently(String name, List<HttpClient> clients, String path) throws Exception {
        Figures figures = new Figures(name);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (HttpClient client : clients) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_USER; i++) {
                        figures.recordSince(timedGet(client, path));
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
        figures.print();
    }

    private void measure(String name, HttpClient client, String path, int warmup, int count) throws Exception {
        for (int i = 0; i < warmup; i++) {
            timedGet(client, path);
        }
        Figures figures = new Figures(name);
        for (int i = 0; i < count; i++) {
            figures.recordSince(timedGet(client, path));
        }
        figures.print();
    }

    /** Sends one request, checks it succeeded, and returns when it started (for {@link Figures#recordSince}). */
    private long timedGet(HttpClient client, String path) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(get(path), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return started;
    }

    private HttpClient signedIn(String email) throws Exception {
        return HttpSignIn.signIn("http://localhost:" + port, email, TestAccounts.PASSWORD)
                .client();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
    }
}
