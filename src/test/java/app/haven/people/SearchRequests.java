package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.bench.Figures;
import app.haven.bench.PageConnection;
import app.haven.bench.PageLoad;
import app.haven.bench.RequestProfile;
import app.haven.bench.ServerTiming;
import app.haven.browser.HttpSignIn;
import app.haven.identity.TestAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jsoup.Jsoup;

/**
 * The search page as users reach it: signed-in clients post a search (kept in their session, ADR 0006) and then ask
 * for its results page, so the figures are of the whole request inside Haven (sign-in checks, session, ranking, scope
 * and display, the audit row, the page) as {@link ServerTiming} measures it, and the profile counts every statement
 * PostgreSQL ran for one request ({@link RequestProfile}). Results pages are read over one kept-alive connection per
 * searcher ({@link PageConnection}), so the clients take as little of the server's CPU as they can.
 */
final class SearchRequests {

    private final String base;
    private final int port;

    SearchRequests(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    /** A signed-in user with searches remembered in their session: the paths of their results pages. */
    record Searcher(HttpClient client, List<String> paths) {}

    /** Signs the user in and posts texts as the search form does, until {@link RecentSearches#KEPT} are kept. */
    Searcher searcher(TestAccounts.Account user, List<String> texts) throws Exception {
        HttpClient client =
                HttpSignIn.signIn(base, user.email(), TestAccounts.PASSWORD).client();
        List<String> paths = new ArrayList<>();
        for (String text : texts) {
            if (paths.size() < RecentSearches.KEPT) {
                post(client, text).ifPresent(paths::add);
            }
        }
        return new Searcher(client, paths);
    }

    /** The results page's path, or empty when the form refused what was typed (a date that cannot exist). */
    private java.util.Optional<String> post(HttpClient client, String text) throws Exception {
        String page = client.send(get("/people/search"), HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = Jsoup.parse(page).select("input[name=_csrf]").val();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/people/search"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("q=" + encode(text) + "&_csrf=" + encode(csrf)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) {
            assertThat(response.body())
                    .as("search for %s refused with a message", text)
                    .contains("govuk-error-summary");
            return java.util.Optional.empty();
        }
        URI results = URI.create(response.headers().firstValue("Location").orElseThrow());
        return java.util.Optional.of(results.getRawPath() + "?" + results.getRawQuery());
    }

    /**
     * Each searcher asks for its results pages in turn, {@code rounds} times over, all searchers at once: the server
     * time of every request.
     */
    Figures concurrently(String name, List<Searcher> searchers, int rounds) throws Exception {
        ServerTiming.TIMES.clear();
        ServerTiming.CPU.clear();
        ExecutorService pool = Executors.newFixedThreadPool(searchers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Searcher searcher : searchers) {
                running.add(pool.submit(() -> {
                    try (PageConnection connection = PageConnection.of(port, searcher.client())) {
                        for (int round = 0; round < rounds; round++) {
                            for (String path : searcher.paths()) {
                                assertThat(connection.get(path)).as(path).isEqualTo(200);
                            }
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
        PageLoad.awaitServerTimes(
                searchers.stream().mapToInt(s -> s.paths().size()).sum() * rounds);
        Figures server = new Figures(name + ", server time");
        ServerTiming.TIMES.forEach(server::record);
        server.print();
        Figures cpu = new Figures(name + ", CPU of the request's thread");
        ServerTiming.CPU.forEach(cpu::record);
        cpu.print();
        return server;
    }

    /** Where one results page's time goes, one request at a time: statements, PostgreSQL's time, the thread's CPU. */
    void profile(DataSource superuser, Searcher searcher, int times) throws Exception {
        RequestProfile profile = new RequestProfile(superuser, new PageLoad(port, 1));
        profile.print("GET / (home page, for comparison)", searcher.client(), "/", times);
        profile.print(
                "GET /people/search (results of a search)",
                searcher.client(),
                searcher.paths().get(0),
                times);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET().build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
