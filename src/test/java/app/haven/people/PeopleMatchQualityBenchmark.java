package app.haven.people;

import app.haven.bench.Report;
import app.haven.people.matching.SyntheticPeople;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Match quality and the duplicate check at a partnership's scale: {@code -Dhaven.bench.quality.people=N}, default
 * 100,000 (more children and adults than a large partnership's services know). The same seed and corruptions as
 * {@link PeopleSearchBenchmark}, which also prints these figures at a million people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "haven.bench.quality=own-database")
class PeopleMatchQualityBenchmark {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonSearch search;

    @Test
    void findsCorruptedDuplicatesAndFlagsFewDistinctPeople() throws Exception {
        int size = Integer.getInteger("haven.bench.quality.people", 100_000);
        long area = jdbc.sql("INSERT INTO area (code, name) VALUES ('quality', 'Quality area') RETURNING id")
                .query(Long.class)
                .single();
        long agency = jdbc.sql("INSERT INTO agency (name, kind) VALUES ('Quality agency', 'OTHER') RETURNING id")
                .query(Long.class)
                .single();
        SyntheticPeople generator = new SyntheticPeople(SyntheticPeople.SEED);
        List<SyntheticPeople.Person> population = generator.population(size);
        long base = BenchPopulation.load(
                app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource), population, i ->
                        new long[] {area, agency});
        Random random = new Random(SyntheticPeople.SEED);
        List<SyntheticPeople.CorruptedQuery> queries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            queries.add(generator.corrupt(population.get(random.nextInt(size))));
        }
        List<String> texts = queries.stream().map(q -> q.text(random)).toList();
        Report.line("match quality benchmark: " + size + " people, seed " + SyntheticPeople.SEED);
        new MatchQualityRun(search).report("at " + size + " people", generator, population, queries, texts, base);
    }
}
