package app.haven.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The register's face to modules that react to a child's life (missing episodes): whether the child has an open case,
 * and who leads it. It does not check access; callers have checked the user may open the child.
 */
@Service
public class OpenCases {

    /** An open case: its area and its lead professional. */
    public record OpenCase(long caseId, long areaId, long leadUserId) {}

    private final CaseQueries queries;

    OpenCases(CaseQueries queries) {
        this.queries = queries;
    }

    /** The child's open case, looked for across the child's merged records. */
    public Optional<OpenCase> forChild(List<Long> childRecordIds) {
        return queries.forChild(childRecordIds).stream()
                .filter(CaseView::open)
                .findFirst()
                .map(c -> new OpenCase(c.id(), c.areaId(), c.leadUserId()));
    }
}
