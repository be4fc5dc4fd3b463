package app.haven.people;

import app.haven.bench.Figures;
import app.haven.bench.JitWarmUp;
import app.haven.bench.Report;
import app.haven.bench.Together;
import app.haven.people.matching.Detail;
import app.haven.people.matching.NameNormaliser;
import app.haven.people.matching.SearchQuery;
import app.haven.people.matching.SyntheticPeople;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The search box's rankings alone, in memory, at a million people of the harsh population: no database, no HTTP.
 * The name index is filled straight from the generator (children and their parents' adult records, as {@link
 * BenchPopulation} loads them), so a change to candidate finding or scoring can be measured in a minute instead of
 * the five the whole {@link PeopleSearchBenchmark} takes. Prints, one search at a time and at 8 threads, the time and
 * the CPU a search's two rankings take.
 */
class RankingBenchmark {

    private static final int THREADS = 8;

    @Test
    void ranksAMillionPeopleInMemory() throws Exception {
        int size = Integer.getInteger("haven.bench.people", 1_000_000);
        SyntheticPeople generator = PeopleMatchQualityBenchmark.population();
        List<SyntheticPeople.Person> population = generator.population(size);
        NameIndex index = new NameIndex(null, Clock.systemUTC());
        long started = System.nanoTime();
        fill(index, population);
        Report.line(Figures.rate(
                "people put in the index", index.size(), java.time.Duration.ofNanos(System.nanoTime() - started)));
        PersonSearch search =
                new PersonSearch(new CandidateRetrieval(null, null, index, new IndexedCandidates(index)), index);

        Random random = new Random(SyntheticPeople.SEED);
        List<SearchQuery> queries = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 2_000; i++) {
            queries.add(SearchQuery.parse(
                    generator.corrupt(population.get(random.nextInt(size))).text(random), today));
        }
        // The load leaves a heap of a million and a half entries to tidy: collected now, before the warm-up, the old
        // generation's collections do not land in the measured runs (they did: runs of 3 ms a search among 0.9).
        System.gc();
        JitWarmUp.untilSettled(
                queries.size() + " searches",
                () -> queries.forEach(q -> search.searchBoxCaughtUp(q, SearchResults.CONSIDERED)));
        for (int run = 1; run <= 5; run++) {
            Figures one = new Figures("search box rankings, one at a time, run " + run);
            long cpu = threadCpu();
            for (SearchQuery query : queries) {
                long start = System.nanoTime();
                search.searchBoxCaughtUp(query, SearchResults.CONSIDERED);
                one.recordSince(start);
            }
            one.print();
            Report.line(String.format(
                    "CPU per search box ranking, one at a time, run %d: %.3f ms",
                    run, (threadCpu() - cpu) / 1e6 / queries.size()));
        }
        namesakes(index, queries);
        Figures eight = new Figures("search box rankings, " + THREADS + " threads");
        long process = processCpu();
        long wall = System.nanoTime();
        Together.run(THREADS, thread -> {
            for (int i = thread; i < queries.size(); i += THREADS) {
                long start = System.nanoTime();
                search.searchBoxCaughtUp(queries.get(i), SearchResults.CONSIDERED);
                synchronized (eight) {
                    eight.recordSince(start);
                }
            }
        });
        eight.print();
        Report.line(String.format(
                "%d threads: %.0f searches a second, process CPU %.3f ms a search",
                THREADS,
                queries.size() / ((System.nanoTime() - wall) / 1e9),
                (processCpu() - process) / 1e6 / queries.size()));
    }

    /**
     * The duplicate check's count of namesakes for the look-ups typed without a date of birth (every word or a name
     * it may stand for), one at a time.
     */
    private static void namesakes(NameIndex index, List<SearchQuery> queries) {
        List<List<Set<String>>> undated = queries.stream()
                .filter(q -> q.dateOfBirth().isEmpty() && !q.nameTokens().isEmpty())
                .map(q -> q.nameTokens().stream()
                        .map(w -> index.expand(w, false, false))
                        .toList())
                .toList();
        for (int round = 0; round < 20; round++) {
            undated.forEach(index::holdingAll);
        }
        Figures counted = new Figures("namesakes counted for a check with no date, one at a time");
        for (List<Set<String>> words : undated) {
            long start = System.nanoTime();
            index.holdingAll(words);
            counted.recordSince(start);
        }
        counted.print();
    }

    /** Children, then each parent on record as an adult with no date of birth, ids in that order from 1. */
    private static void fill(NameIndex index, List<SyntheticPeople.Person> population) {
        long id = 1;
        List<String[]> parents = new ArrayList<>();
        for (SyntheticPeople.Person p : population) {
            Set<String> tokens = new LinkedHashSet<>(NameNormaliser.tokens(p.givenNames() + " " + p.familyName()));
            p.preferredName().ifPresent(n -> tokens.addAll(NameNormaliser.tokens(n)));
            String parent = p.parent()
                    .map(name -> Detail.PARENT_NAME.joined(Detail.PARENT_NAME.held(name)))
                    .orElse("");
            index.put(new NameIndex.Entry(
                    id,
                    id,
                    tokens.toArray(String[]::new),
                    p.dateOfBirth().map(d -> (int) d.toEpochDay()).orElse(NameIndex.Entry.NO_DATE),
                    p.dateOfBirthEstimated(),
                    (byte) Sex.valueOf(p.sex()).ordinal(),
                    p.area() + 1,
                    Detail.POSTCODE.normalise(p.postcode().orElse("")),
                    Detail.SCHOOL.normalise(p.school().orElse("")),
                    parent,
                    NameIndex.Entry.UNNUMBERED));
            id++;
            p.parent().ifPresent(name -> parents.add(NameNormaliser.tokens(name).toArray(String[]::new)));
        }
        for (String[] tokens : parents) {
            index.put(new NameIndex.Entry(
                    id,
                    id,
                    tokens,
                    NameIndex.Entry.NO_DATE,
                    false,
                    (byte) Sex.NOT_KNOWN.ordinal(),
                    1,
                    "",
                    "",
                    "",
                    NameIndex.Entry.UNNUMBERED));
            id++;
        }
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
