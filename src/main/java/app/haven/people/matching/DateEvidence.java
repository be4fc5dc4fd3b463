package app.haven.people.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Weighs the date of birth: the same date is worth as much as few people were born that day, a date with day and
 * month swapped or a year out less (few true duplicates carry one), an estimated year of birth by the year alone; a
 * different date counts against.
 */
final class DateEvidence {

    /** When either date is missing: no distance, for the tie rule. */
    static final int NO_DISTANCE = Integer.MAX_VALUE;

    private final Rarity rarity;

    DateEvidence(Rarity rarity) {
        this.rarity = rarity;
    }

    /** Adds the date's evidence; returns the days between the dates ({@link #NO_DISTANCE} when either is missing). */
    int weigh(SearchQuery query, Candidate candidate, Evidence evidence) {
        if (query.dateOfBirth().isEmpty() || candidate.dateOfBirth().isEmpty()) {
            return NO_DISTANCE;
        }
        LocalDate searched = query.dateOfBirth().get();
        LocalDate held = candidate.dateOfBirth().get();
        int distance = (int) Math.min(NO_DISTANCE - 1, Math.abs(ChronoUnit.DAYS.between(searched, held)));
        if (candidate.dateOfBirthEstimated()) {
            estimated(searched, held, evidence);
        } else {
            exact(searched, held, evidence);
        }
        return distance;
    }

    private static void estimated(LocalDate searched, LocalDate held, Evidence evidence) {
        int years = Math.abs(searched.getYear() - held.getYear());
        DobComparison level =
                years == 0 ? DobComparison.SAME : years == 1 ? DobComparison.YEAR_OFF_BY_ONE : DobComparison.DIFFERENT;
        double weight = Weights.estimatedDate(level);
        if (level == DobComparison.DIFFERENT) {
            evidence.against(weight, "Estimated year of birth differs");
        } else {
            evidence.dateAgrees = true;
            evidence.add(weight, "Estimated year of birth is close");
        }
    }

    private void exact(LocalDate searched, LocalDate held, Evidence evidence) {
        DobComparison level = DateOfBirthText.compare(searched, held);
        int born = rarity.bornThatDay(held);
        double weight = Weights.date(level, born, rarity.population());
        if (level == DobComparison.DIFFERENT) {
            evidence.against(weight, "Date of birth differs");
        } else {
            evidence.dateAgrees = true;
            evidence.add(weight, reason(level) + " (" + Evidence.people(born) + " born that day)");
        }
    }

    private static String reason(DobComparison comparison) {
        return switch (comparison) {
            case SAME -> "Date of birth matches";
            case DAY_MONTH_SWAPPED -> "Date of birth matches with day and month swapped";
            case YEAR_OFF_BY_ONE -> "Date of birth is one year out";
            case SWAPPED_AND_YEAR_OFF_BY_ONE -> "Date of birth is one year out with day and month swapped";
            case DIFFERENT -> "Date of birth differs";
        };
    }
}
