package app.haven.people;

import app.haven.bench.Report;
import app.haven.people.matching.SearchQuery;
import app.haven.people.matching.SyntheticPeople.Corruption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The benchmark's misses explained, per corruption kind: for each real duplicate the check neither flagged nor asked
 * more about, whether the true record was scored at all, how far below the likely margin it fell and which evidence
 * it had (in short tags: name words exact, loose or none, the date, area, sex, postcode, school, parent); for each new
 * person flagged, the same for the record that was. So a change to the weights can be aimed at what actually fails.
 */
final class MatchMisses {

    private static final int EXAMPLES = 3;

    private final Map<Corruption, List<Miss>> missed = new EnumMap<>(Corruption.class);
    private final Map<String, List<Miss>> flagged = new TreeMap<>();

    void missed(Corruption kind, SearchQuery check, long truth, List<PersonSearch.Ranked> ranked, double bits) {
        PersonSearch.Ranked found =
                ranked.stream().filter(r -> r.personId() == truth).findFirst().orElse(null);
        missed.computeIfAbsent(kind, k -> new ArrayList<>())
                .add(
                        found == null
                                ? new Miss(check, Double.NEGATIVE_INFINITY, "not among those scored", List.of())
                                : new Miss(
                                        check,
                                        found.match().weight() - bits,
                                        signature(found.match().reasons()),
                                        found.match().reasons()));
    }

    void falselyFlagged(String who, SearchQuery query, PersonSearch.Ranked ranked, double bits) {
        flagged.computeIfAbsent(who, k -> new ArrayList<>())
                .add(new Miss(
                        query,
                        ranked.match().weight() - bits,
                        signature(ranked.match().reasons()),
                        ranked.match().reasons()));
    }

    void report() {
        Report.line("  misses per kind (real duplicates neither flagged nor asked about): evidence of the true record,"
                + " margin over log2(population) in bits");
        missed.forEach((kind, list) -> summarise(kind.name(), list));
        flagged.forEach((who, list) -> summarise(who + " flagged", list));
    }

    private static void summarise(String title, List<Miss> list) {
        Report.line(String.format(
                "  %s: %d; margin %s", title, list.size(), buckets(list.stream().mapToDouble(Miss::margin))));
        Map<String, List<Miss>> bySignature = list.stream().collect(Collectors.groupingBy(Miss::signature));
        bySignature.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .limit(8)
                .forEach(e -> Report.line(String.format(
                        "    %3d  mean %5.1f bits  %s",
                        e.getValue().size(),
                        e.getValue().stream()
                                .mapToDouble(Miss::margin)
                                .filter(Double::isFinite)
                                .average()
                                .orElse(Double.NaN),
                        e.getKey())));
        list.stream()
                .limit(EXAMPLES)
                .forEach(m -> Report.line(String.format(
                        "    e.g. %s %s typed %s ids %d: %.1f bits %s",
                        m.query().nameTokens(),
                        m.query().dateOfBirth().map(Object::toString).orElse("no date"),
                        m.query().details().keySet(),
                        m.query().identifiers().size(),
                        m.margin(),
                        m.reasons())));
    }

    private static String buckets(java.util.stream.DoubleStream margins) {
        int[] counts = new int[6];
        margins.forEach(m -> counts[!Double.isFinite(m) ? 0 : m < -6 ? 1 : m < -3 ? 2 : m < 0 ? 3 : m < 3.5 ? 4 : 5]++);
        return String.format(
                "unscored %d, < -6: %d, -6..-3: %d, -3..0: %d, 0..3.5: %d, >= 3.5 (condition): %d",
                counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /** The evidence in short tags, in the order the reasons give it. */
    static String signature(List<String> reasons) {
        return reasons.stream().map(MatchMisses::tag).collect(Collectors.joining(" "));
    }

    private static String tag(String reason) {
        if (reason.startsWith("Name ‘")) {
            return "name=";
        }
        if (reason.contains("matches none")) {
            return "name-";
        }
        if (reason.contains("variant")
                || reason.contains("sounds like")
                || reason.contains("slip")
                || reason.contains("start of")) {
            return "name~";
        }
        if (reason.startsWith("Identifier")) {
            return "id=";
        }
        String head = reason.split(" \\(")[0];
        return switch (head) {
            case "Date of birth matches" -> "dob=";
            case "Date of birth matches with day and month swapped" -> "dob~swap";
            case "Date of birth is one year out" -> "dob~year";
            case "Date of birth is one year out with day and month swapped" -> "dob~both";
            case "Date of birth differs" -> "dob-";
            case "Estimated year of birth is close" -> "est=";
            case "Estimated year of birth differs" -> "est-";
            default ->
                head.replace(" matches", "=")
                        .replace(" differs", "-")
                        .replace("School or setting", "school")
                        .replace("Parent’s name", "parent")
                        .toLowerCase(java.util.Locale.ROOT);
        };
    }

    private record Miss(SearchQuery query, double margin, String signature, List<String> reasons) {}
}
