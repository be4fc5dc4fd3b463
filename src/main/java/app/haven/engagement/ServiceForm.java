package app.haven.engagement;

import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Optional;

/** A directory entry as typed. */
public record ServiceForm(
        String name,
        String provider,
        String commissioned,
        String offer,
        String ageFrom,
        String ageTo,
        String howToRefer,
        String capacity,
        List<String> areas) {

    static final List<String> CAPACITIES = List.of("OPEN", "WAITING_LIST", "CLOSED");

    static ServiceForm blank() {
        return new ServiceForm("", "", "", "", "", "", "", "OPEN", List.of());
    }

    Optional<Checked> check(List<Long> userAreas, FormErrors.Builder errors) {
        boolean ok = text(errors, "name", name, 150, "Enter the service's name");
        ok &= text(errors, "provider", provider, 150, "Enter who provides it");
        if (!List.of("true", "false").contains(commissioned)) {
            ok = fail(errors, "commissioned", "Select whether the partnership commissions it");
        }
        ok &= text(errors, "offer", offer, 2000, "Enter what it offers");
        Optional<Integer> from = age(ageFrom);
        Optional<Integer> to = age(ageTo);
        if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
            ok = fail(errors, "ageFrom", "Enter the ages it works with, from 0 to 25, the youngest first");
        }
        ok &= text(errors, "howToRefer", howToRefer, 1000, "Enter how to refer");
        if (!CAPACITIES.contains(capacity)) {
            ok = fail(errors, "capacity", "Select whether it is taking referrals");
        }
        List<Long> chosen = areas.stream()
                .flatMap(a -> parse(a).stream())
                .filter(userAreas::contains)
                .distinct()
                .toList();
        if (chosen.isEmpty() || chosen.size() != areas.size()) {
            ok = fail(errors, "areas", "Select the areas it works in");
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Checked(
                name.strip(),
                provider.strip(),
                Boolean.parseBoolean(commissioned),
                offer.strip(),
                from.get(),
                to.get(),
                howToRefer.strip(),
                capacity,
                chosen));
    }

    record Checked(
            String name,
            String provider,
            boolean commissioned,
            String offer,
            int ageFrom,
            int ageTo,
            String howToRefer,
            String capacity,
            List<Long> areaIds) {}

    private static boolean text(FormErrors.Builder errors, String field, String value, int max, String missing) {
        if (value.isBlank()) {
            return fail(errors, field, missing);
        }
        if (value.strip().length() > max) {
            return fail(errors, field, "This must be " + String.format("%,d", max) + " characters or fewer");
        }
        return true;
    }

    private static boolean fail(FormErrors.Builder errors, String field, String message) {
        errors.field(field, message);
        return false;
    }

    private static Optional<Integer> age(String value) {
        return parse(value).filter(n -> n >= 0 && n <= 25).map(Long::intValue);
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
