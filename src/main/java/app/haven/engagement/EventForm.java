package app.haven.engagement;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A preventive event as typed. */
public record EventForm(
        String area,
        DateParts heldOn,
        String setting,
        String venue,
        String audience,
        List<String> yearGroups,
        String attendance,
        String partners,
        List<String> topics) {

    static EventForm blank() {
        return new EventForm("", DateParts.empty(), "", "", "", List.of(), "", "", List.of());
    }

    record Checked(
            long areaId,
            LocalDate heldOn,
            String setting,
            String venue,
            String audience,
            List<Integer> yearGroups,
            int attendance,
            Optional<String> partners,
            List<String> topics) {}

    Optional<Checked> check(List<Long> areas, LocalDate today, FormErrors.Builder errors) {
        boolean ok = true;
        Optional<Long> areaId = Numbers.parse(area).filter(areas::contains);
        if (areaId.isEmpty()) {
            ok = fail(errors, "area", "Select the area");
        }
        Optional<LocalDate> on = heldOn.toDate();
        if (on.isEmpty() || on.get().isAfter(today)) {
            errors.date("heldOn", "Enter the date it was held, today or in the past");
            ok = false;
        }
        if (!List.of("SCHOOL", "COMMUNITY").contains(setting)) {
            ok = fail(errors, "setting", "Select whether it was in a school or in the community");
        }
        if (venue.isBlank() || venue.strip().length() > 150) {
            ok = fail(errors, "venue", "Enter where it was held, in 150 characters or fewer");
        }
        if (!EngagementChoices.isOneOf(EngagementChoices.AUDIENCES, audience)) {
            ok = fail(errors, "audience", "Select who it was for");
        }
        List<Integer> years = yearGroups.stream()
                .flatMap(y -> Numbers.parse(y).stream())
                .filter(y -> y >= 1 && y <= 13)
                .map(Long::intValue)
                .distinct()
                .sorted()
                .toList();
        if (years.size() != yearGroups.size()) {
            ok = fail(errors, "yearGroups", "Select year groups from 1 to 13");
        }
        Optional<Long> n = Numbers.parse(attendance).filter(a -> a > 0 && a <= 100_000);
        if (n.isEmpty()) {
            ok = fail(errors, "attendance", "Enter how many attended, as a number from 1");
        }
        if (partners.strip().length() > 300) {
            ok = fail(errors, "partners", "Partners must be 300 characters or fewer");
        }
        if (topics.isEmpty() || !EngagementChoices.allOneOf(EngagementChoices.TOPICS, topics)) {
            ok = fail(errors, "topics", "Select what it covered");
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Checked(
                areaId.get(),
                on.get(),
                setting,
                venue.strip(),
                audience,
                years,
                n.get().intValue(),
                partners.isBlank() ? Optional.empty() : Optional.of(partners.strip()),
                List.copyOf(topics)));
    }

    private static boolean fail(FormErrors.Builder errors, String field, String message) {
        errors.field(field, message);
        return false;
    }
}
