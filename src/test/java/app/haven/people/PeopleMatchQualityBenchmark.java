package app.haven.people;

import app.haven.bench.Report;
import app.haven.people.matching.SyntheticPeople;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Match quality and the duplicate check at a partnership's scale: {@code -Dhaven.bench.quality.people=N}, default
 * 100,000, on the harsh population (few names, many namesakes; {@code -Dhaven.bench.population=varied} for the wider
 * one), people spread over eight areas. {@link PeopleSearchBenchmark} prints the same figures at a million.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "haven.bench.quality=own-database")
class PeopleMatchQualityBenchmark {

    static final int AREAS = 8;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonSearch search;

    @Test
    void findsCorruptedDuplicatesAndFlagsFewDistinctPeople() throws Exception {
        int size = Integer.getInteger("haven.bench.quality.people", 100_000);
        long agency = jdbc.sql("INSERT INTO agency (name, kind) VALUES ('Quality agency', 'OTHER') RETURNING id")
                .query(Long.class)
                .single();
        long[] areas = new long[AREAS];
        for (int i = 0; i < AREAS; i++) {
            areas[i] = jdbc.sql("INSERT INTO area (code, name) VALUES (:code, :name) RETURNING id")
                    .param("code", "quality" + i)
                    .param("name", "Quality area " + i)
                    .query(Long.class)
                    .single();
        }
        SyntheticPeople generator = population();
        List<SyntheticPeople.Person> population = generator.population(size);
        long base = BenchPopulation.load(
                app.haven.platform.database.DatabaseInsider.superuserDataSource(dataSource), population, i ->
                        new long[] {areas[i % AREAS], agency});
        Report.line("match quality benchmark: " + size + " people ("
                + System.getProperty("haven.bench.population", "harsh") + " population), seed " + SyntheticPeople.SEED);
        new MatchQualityRun(search).report("at " + size + " people", generator, population, base, areas, 1);
    }

    /** The harsh population by default: few names, so that namesakes abound. */
    static SyntheticPeople population() {
        return System.getProperty("haven.bench.population", "harsh").equals("varied")
                ? new SyntheticPeople(SyntheticPeople.SEED)
                : SyntheticPeople.harsh(SyntheticPeople.SEED);
    }
}
