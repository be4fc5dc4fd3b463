package app.haven.people.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a record against a search and says why. Names count in any order (transposed given and family names are
 * common), each searched word paired with the record word it matches best; the date of birth confirms or
 * contradicts; a shared identifier settles it. The duplicate rule asks for more than a common name: a matching
 * name with the same date of birth, a strong name with a nearly matching date or none to contradict it, the given
 * names and the exact date (a changed surname), or an identifier. At a million records over 26 years about a hundred
 * people share each date of birth, so a weak name with a near date is not enough.
 */
public final class MatchScorer {

    static final double LIKELY_NAME = 0.7;
    static final double STRONG_NAME = 0.85;

    public Match score(SearchQuery query, Candidate candidate) {
        List<String> reasons = new ArrayList<>();
        List<String> sharedIds = query.identifiers().stream()
                .filter(candidate.identifiers()::contains)
                .toList();
        sharedIds.forEach(id -> reasons.add("Identifier " + id + " matches"));
        NameScore names = NameScore.of(query.nameTokens(), candidate.nameTokens(), query.givenNameCount() == 0);
        reasons.addAll(names.reasons());
        Optional<DobComparison> dob = dobComparison(query, candidate);
        dob.ifPresent(comparison -> reasons.add(dobReason(comparison, candidate.dateOfBirthEstimated())));
        boolean dobCompatible = dob.isPresent() && dob.get() != DobComparison.DIFFERENT;
        int score = sharedIds.isEmpty() ? score(query, names.score(), dob) : 100;
        boolean estimated = candidate.dateOfBirthEstimated();
        boolean sameDob = dob.filter(DobComparison.SAME::equals).isPresent() && !estimated;
        boolean nearDob = dobCompatible && !estimated;
        boolean allStrong = names.firstWordsStrong(query.nameTokens().size());
        boolean likely = !sharedIds.isEmpty()
                || (names.score() >= LIKELY_NAME && sameDob)
                || (names.score() >= STRONG_NAME && nearDob)
                || (names.score() >= STRONG_NAME && query.dateOfBirth().isEmpty())
                || (allStrong && (candidate.dateOfBirth().isEmpty() || (estimated && dobCompatible)))
                || (names.firstWordsStrong(query.givenNameCount()) && sameDob);
        return new Match(candidate.personId(), score, reasons, likely);
    }

    private static int score(SearchQuery query, double names, Optional<DobComparison> dob) {
        double dobScore = dob.map(MatchScorer::dobWeight).orElse(0.5);
        double total;
        if (query.nameTokens().isEmpty()) {
            total = 90 * dobScore;
        } else if (query.dateOfBirth().isEmpty()) {
            total = 80 * names;
        } else {
            total = 60 * names
                    + 40 * dobScore
                    - (dob.filter(DobComparison.DIFFERENT::equals).isPresent() ? 15 : 0);
        }
        return (int) Math.round(Math.max(0, Math.min(99, total)));
    }

    private static Optional<DobComparison> dobComparison(SearchQuery query, Candidate candidate) {
        if (query.dateOfBirth().isEmpty() || candidate.dateOfBirth().isEmpty()) {
            return Optional.empty();
        }
        LocalDate searched = query.dateOfBirth().get();
        LocalDate held = candidate.dateOfBirth().get();
        if (candidate.dateOfBirthEstimated()) {
            int years = Math.abs(searched.getYear() - held.getYear());
            return Optional.of(
                    years == 0
                            ? DobComparison.SAME
                            : years == 1 ? DobComparison.YEAR_OFF_BY_ONE : DobComparison.DIFFERENT);
        }
        return Optional.of(DateOfBirthText.compare(searched, held));
    }

    private static double dobWeight(DobComparison comparison) {
        return switch (comparison) {
            case SAME -> 1.0;
            case DAY_MONTH_SWAPPED -> 0.75;
            case YEAR_OFF_BY_ONE -> 0.7;
            case SWAPPED_AND_YEAR_OFF_BY_ONE -> 0.5;
            case DIFFERENT -> 0.0;
        };
    }

    private static String dobReason(DobComparison comparison, boolean estimated) {
        if (estimated) {
            return comparison == DobComparison.DIFFERENT
                    ? "Estimated year of birth differs"
                    : "Estimated year of birth is close";
        }
        return switch (comparison) {
            case SAME -> "Date of birth matches";
            case DAY_MONTH_SWAPPED -> "Date of birth matches with day and month swapped";
            case YEAR_OFF_BY_ONE -> "Date of birth is one year out";
            case SWAPPED_AND_YEAR_OFF_BY_ONE -> "Date of birth is one year out with day and month swapped";
            case DIFFERENT -> "Date of birth differs";
        };
    }
}
