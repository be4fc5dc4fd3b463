package app.haven.people;

import app.haven.bench.Figures;
import app.haven.bench.Report;
import app.haven.identity.TestAccounts;
import app.haven.people.matching.SearchQuery;
import app.haven.people.matching.SyntheticPeople;
import app.haven.platform.HavenPrincipal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search over a generated population (default 1,000,000; {@code -Dhaven.bench.people=N}): latency of the search
 * box at 8 concurrent searches, then match quality on corrupted duplicates (top-5 hit rate) and the duplicate
 * check's recall and false flags on distinct people. Seed fixed, so runs compare. Run with
 * {@code ./mvnw -Pbench verify -Dit.test=none -Dtest=none} or alongside the other benchmarks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "haven.bench.search=own-database")
class PeopleSearchBenchmark {

    static final int THREADS = 8;

    private final java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SearchResults results;

    @Autowired
    PersonSearch search;

    @Autowired
    CandidateRetrieval retrieval;

    @Autowired
    NameExpansion expansion;

    @Test
    void searchesAMillionPeopleQuicklyAndWell() throws Exception {
        int size = Integer.getInteger("haven.bench.people", 1_000_000);
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account elsewhere = accounts.create("PRACTITIONER");
        long[] own = areaAndAgency(coordinator.id());
        long[] other = areaAndAgency(elsewhere.id());
        HavenPrincipal user = (HavenPrincipal) accounts.principal(coordinator);

        SyntheticPeople generator = new SyntheticPeople(SyntheticPeople.SEED);
        long started = System.nanoTime();
        List<SyntheticPeople.Person> population = generator.population(size);
        long base = BenchPopulation.load(
                app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource),
                population,
                i -> i % 4 == 0 ? own : other);
        Report.line(Figures.rate(
                "people loaded (names, involvements, vocabulary, GIN index)",
                size,
                Duration.ofNanos(System.nanoTime() - started)));

        Random random = new Random(SyntheticPeople.SEED);
        List<SyntheticPeople.CorruptedQuery> queries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            queries.add(generator.corrupt(population.get(random.nextInt(size))));
        }
        List<String> texts = queries.stream().map(q -> q.text(random)).toList();
        explain(texts.subList(0, 3));
        sequential(user, texts.subList(0, 300));
        latency(user, texts);
        new MatchQualityRun(search).report("at " + size + " people", generator, population, queries, texts, base);
    }

    private void latency(HavenPrincipal user, List<String> texts) throws Exception {
        concurrently(user, texts.subList(0, 400), new Figures("warm-up (every pooled connection)"));
        Figures figures = new Figures("search box, " + THREADS + " concurrent, " + texts.size() + " corrupted queries");
        slowest.clear();
        concurrently(user, texts, figures);
        figures.print();
        slowest.descendingMap()
                .forEach(
                        (took, text) -> Report.line("  slow search: " + took / 1_000_000 + " ms for \"" + text + "\""));
        Report.line("search targets: p50 <= 10 ms, p95 <= 50 ms; measured p50 "
                + figures.percentile(0.50).toNanos() / 1e6 + " ms, p95 "
                + figures.percentile(0.95).toNanos() / 1e6
                + " ms");
    }

    private void concurrently(HavenPrincipal user, List<String> texts, Figures figures) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                running.add(pool.submit(() -> {
                    for (int i = offset; i < texts.size(); i += THREADS) {
                        long start = System.nanoTime();
                        results.search(user, texts.get(i));
                        long took = System.nanoTime() - start;
                        synchronized (figures) {
                            figures.recordSince(start);
                            slowest.put(took, texts.get(i));
                            if (slowest.size() > 5) {
                                slowest.pollFirstEntry();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        figures.print();
        Report.line("search targets: p50 <= 10 ms, p95 <= 50 ms; measured p50 "
                + figures.percentile(0.50).toNanos() / 1e6 + " ms, p95 "
                + figures.percentile(0.95).toNanos() / 1e6
                + " ms");
    }

    /** Query plans of a few searches, so a slow figure can be traced to its cause. */
    private void explain(List<String> texts) {
        for (String text : texts) {
            retrieval
                    .statement(SearchQuery.parse(text, LocalDate.now()), true, false)
                    .ifPresent(statement -> {
                        Report.line("plan for a search of " + text.split(" ").length + " words:");
                        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())
                                .params(statement.params())
                                .query(String.class)
                                .list()
                                .forEach(line -> Report.line("  " + line));
                    });
        }
    }

    /** One search at a time, split into ranking (candidates and scoring) and the whole search with views. */
    private void sequential(HavenPrincipal user, List<String> texts) {
        Figures expand = new Figures("word expansion alone, one at a time");
        Figures find = new Figures("candidate retrieval (expansion and candidates), one at a time");
        for (String text : texts) {
            SearchQuery query = SearchQuery.parse(text, LocalDate.now());
            long start = System.nanoTime();
            expansion.expand(query.nameTokens(), true, false);
            expand.recordSince(start);
            start = System.nanoTime();
            retrieval.find(query, true, false);
            find.recordSince(start);
        }
        expand.print();
        find.print();
        Figures rank = new Figures("ranking alone, one at a time");
        Figures whole = new Figures("whole search, one at a time");
        LocalDate today = LocalDate.now();
        for (String text : texts) {
            long start = System.nanoTime();
            search.rank(SearchQuery.parse(text, today), true, SearchResults.RESULTS);
            rank.recordSince(start);
            start = System.nanoTime();
            results.search(user, text);
            whole.recordSince(start);
        }
        rank.print();
        whole.print();
    }

    private long[] areaAndAgency(long userId) {
        return new long[] {
            jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id")
                    .param("id", userId)
                    .query(Long.class)
                    .single(),
            jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                    .param("id", userId)
                    .query(Long.class)
                    .single()
        };
    }
}
