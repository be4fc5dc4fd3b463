package app.haven.engagement;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A training session as typed: course, date, trainer, who attended (up to {@link #ROWS} rows of agency, role and
 * number) and its evaluations.
 */
public record TrainingForm(
        String area,
        String course,
        DateParts heldOn,
        String trainer,
        List<String> agencies,
        List<String> roles,
        List<String> attended,
        String evaluations,
        String moreConfident) {

    static final int ROWS = 4;
    static final List<String> ROLES = List.of("SOCIAL_WORKER", "TEACHER", "POLICE", "HEALTH", "YOUTH_WORKER", "OTHER");

    static TrainingForm blank() {
        List<String> empty = java.util.Collections.nCopies(ROWS, "");
        return new TrainingForm("", "", DateParts.empty(), "", empty, empty, empty, "0", "0");
    }

    /** One row of attendance. */
    record Attendance(long agencyId, String role, int attended) {}

    record Checked(
            long areaId,
            String course,
            LocalDate heldOn,
            String trainer,
            List<Attendance> attendance,
            int evaluations,
            int moreConfident) {}

    Optional<Checked> check(
            List<Long> areas, List<String> courses, List<Long> agencyIds, LocalDate today, FormErrors.Builder errors) {
        boolean ok = true;
        Optional<Long> areaId = Numbers.parse(area).filter(areas::contains);
        if (areaId.isEmpty()) {
            ok = fail(errors, "area", "Select the area");
        }
        if (!courses.contains(course)) {
            ok = fail(errors, "course", "Select the course");
        }
        Optional<LocalDate> on = heldOn.toDate();
        if (on.isEmpty() || on.get().isAfter(today)) {
            errors.date("heldOn", "Enter the date it was held, today or in the past");
            ok = false;
        }
        if (trainer.isBlank() || trainer.strip().length() > 150) {
            ok = fail(errors, "trainer", "Enter who delivered it, in 150 characters or fewer");
        }
        List<Attendance> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String agency = at(agencies, i);
            String role = at(roles, i);
            String count = at(attended, i);
            if (agency.isBlank() && role.isBlank() && count.isBlank()) {
                continue;
            }
            Optional<Long> agencyId = Numbers.parse(agency).filter(agencyIds::contains);
            Optional<Long> n = Numbers.parse(count).filter(c -> c > 0 && c <= 1000);
            if (agencyId.isEmpty() || !ROLES.contains(role) || n.isEmpty()) {
                ok = fail(
                        errors,
                        "attended" + (i + 1),
                        "Attendance row " + (i + 1)
                                + ": select the agency and role, and enter how many attended (1 to 1,000)");
            } else if (rows.stream()
                    .anyMatch(r -> r.agencyId() == agencyId.get() && r.role().equals(role))) {
                ok = fail(errors, "attended" + (i + 1), "Attendance row " + (i + 1) + " repeats an earlier row");
            } else {
                rows.add(new Attendance(agencyId.get(), role, n.get().intValue()));
            }
        }
        if (rows.isEmpty() && ok) {
            ok = fail(errors, "attended1", "Enter who attended: at least one agency and role");
        }
        int total = rows.stream().mapToInt(Attendance::attended).sum();
        Optional<Long> evaluated = Numbers.parse(evaluations).filter(e -> e >= 0 && e <= total);
        Optional<Long> confident = Numbers.parse(moreConfident).filter(c -> c >= 0 && c <= evaluated.orElse(-1L));
        if (evaluated.isEmpty() || confident.isEmpty()) {
            ok = fail(
                    errors,
                    "evaluations",
                    "Enter how many returned an evaluation (no more than attended) and how"
                            + " many of them were more confident");
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Checked(
                areaId.get(),
                course,
                on.get(),
                trainer.strip(),
                rows,
                evaluated.get().intValue(),
                confident.get().intValue()));
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }

    private static boolean fail(FormErrors.Builder errors, String field, String message) {
        errors.field(field, message);
        return false;
    }
}
