package app.haven.cases;

import app.haven.platform.MergeObjection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child has one case on the register: two records that each have an open case are not merged until one of the
 * cases is closed (practice decision, issue 12), so no plan, team or reminder is silently dropped or doubled.
 */
@Component
class OpenCaseMergeObjection implements MergeObjection {

    private final JdbcClient jdbc;

    OpenCaseMergeObjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> objection(List<Long> keptRecords, List<Long> mergedRecords) {
        if (!hasOpenCase(keptRecords) || !hasOpenCase(mergedRecords)) {
            return Optional.empty();
        }
        return Optional.of("Both records have an open case on the register. A child has only one case: close one of"
                + " them (ask a manager to approve its closure), then merge the records");
    }

    private boolean hasOpenCase(List<Long> records) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM child_case WHERE child_id IN (:ids) AND status = 'OPEN')")
                .param("ids", records)
                .query(Boolean.class)
                .single();
    }
}
