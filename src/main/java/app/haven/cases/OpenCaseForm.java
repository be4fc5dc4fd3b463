package app.haven.cases;

import java.util.List;

/** The "put on the register" form as typed: area and lead professional ids, reason, models, factor codes. */
public record OpenCaseForm(String area, String lead, String reason, List<String> models, List<String> factors) {

    static final int MAX_REASON = 2000;

    public OpenCaseForm {
        area = area == null ? "" : area.strip();
        lead = lead == null ? "" : lead.strip();
        reason = reason == null ? "" : reason.strip();
        models = models == null ? List.of() : List.copyOf(models);
        factors = factors == null ? List.of() : List.copyOf(factors);
    }
}
