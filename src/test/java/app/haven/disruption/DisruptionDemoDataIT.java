package app.haven.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.DebriefThemes;
import app.haven.platform.DemoDataGenerator;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo partnership's disruption story, recorded through the services, is all there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "haven.test.database=demo-disruption")
class DisruptionDemoDataIT {

    @Autowired
    DemoDataGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DebriefThemes themes;

    @Test
    void theDemoHasABreachedCawnAnExpiringNoticeAConvictionWithTwoVictimsAndCodedDebriefs() {
        generator.generateOnce(1, Instant.now());
        assertThat(count("""
                        SELECT count(*) FROM disruption_measure m WHERE m.type_code = 'CAWN'
                           AND (SELECT count(*) FROM disruption_measure_child c WHERE c.measure_id = m.id) = 2
                           AND EXISTS (SELECT 1 FROM disruption_breach b WHERE b.measure_id = m.id)
                        """)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM disruption_measure WHERE type_code = 'S116_NOTICE'"
                        + " AND expires_on <= current_date + 28"))
                .isEqualTo(1);
        assertThat(count("""
                        SELECT count(*) FROM disruption_prosecution p WHERE p.outcome = 'CONVICTED'
                           AND (SELECT count(*) FROM disruption_victim v WHERE v.prosecution_id = p.id) = 2
                        """)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM chronology_entry WHERE event_type LIKE 'disruption.%'"))
                .isGreaterThanOrEqualTo(8);
        assertThat(count("SELECT count(*) FROM inbox_task WHERE source_key LIKE 'disruption-expiry:%'"))
                .isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM area WHERE id NOT IN (SELECT area_id FROM disruption_child_population)"))
                .isZero();
        assertThat(themes.mostFrequent(10)).hasSize(4);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
