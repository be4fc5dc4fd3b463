package app.haven.screening.banding;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Two small tools in the shapes the shipped ones will have: level-based (Pan-Cheshire style) and points (SERAF). */
final class TestTools {

    private TestTools() {}

    static final ToolDefinition LEVELS = new ToolDefinition(
            "test-levels",
            1,
            "Level-based test tool",
            List.of(
                    new Band("NONE", "No apparent risk", 0),
                    new Band("LOW", "Low", 1),
                    new Band("MEDIUM", "Medium", 2),
                    new Band("HIGH", "High", 3)),
            List.of(
                    levelled("late", "Regularly home late", Indicator.Level.LOW),
                    levelled("phone", "Secretive phone use", Indicator.Level.LOW),
                    levelled("gifts", "Unexplained gifts", Indicator.Level.LOW),
                    levelled("older", "Older boyfriend or girlfriend", Indicator.Level.MEDIUM),
                    levelled("cars", "Getting into cars with unknown adults", Indicator.Level.HIGH),
                    new Indicator(
                            "disclosed",
                            "Disclosure",
                            "Has disclosed sexual exploitation",
                            "",
                            Optional.empty(),
                            Indicator.Kind.LEVELLED,
                            true),
                    new Indicator(
                            "lac",
                            "Vulnerabilities",
                            "Looked-after child",
                            "",
                            Optional.empty(),
                            Indicator.Kind.VULNERABILITY,
                            false),
                    new Indicator(
                            "ld",
                            "Vulnerabilities",
                            "Learning disability or special educational needs",
                            "",
                            Optional.empty(),
                            Indicator.Kind.VULNERABILITY,
                            false)),
            new ToolDefinition.Rules(
                    ToolDefinition.Method.LEVELS,
                    3,
                    Map.of(),
                    Optional.of(13),
                    Optional.of(13),
                    true,
                    Optional.of("ld"),
                    Optional.of("LOW"),
                    Map.of("HIGH", 4, "MEDIUM", 6, "LOW", 12)));

    static final ToolDefinition POINTS = new ToolDefinition(
            "test-points",
            1,
            "Points test tool",
            List.of(
                    new Band("NOT_AT_RISK", "Not at risk", 0),
                    new Band("MILD", "Mild", 1),
                    new Band("MODERATE", "Moderate", 2),
                    new Band("SIGNIFICANT", "Significant", 3)),
            List.of(
                    kind("abuse", "History of abuse", Indicator.Kind.VULNERABILITY),
                    kind("lac", "Looked-after child", Indicator.Kind.VULNERABILITY),
                    kind("late", "Regularly home late", Indicator.Kind.MODERATE),
                    kind("school", "Absent from school", Indicator.Kind.MODERATE),
                    kind("older", "Relationship with a controlling adult", Indicator.Kind.SIGNIFICANT),
                    kind("cars", "Getting into cars with unknown adults", Indicator.Kind.SIGNIFICANT),
                    kind("hotels", "Linked to hotels", Indicator.Kind.SIGNIFICANT),
                    new Indicator(
                            "disclosed",
                            "Disclosure",
                            "Has disclosed sexual exploitation",
                            "",
                            Optional.empty(),
                            Indicator.Kind.SIGNIFICANT,
                            true)),
            new ToolDefinition.Rules(
                    ToolDefinition.Method.POINTS,
                    0,
                    Map.of("MILD", 6, "MODERATE", 11, "SIGNIFICANT", 16),
                    Optional.of(13),
                    Optional.empty(),
                    false,
                    Optional.empty(),
                    Optional.empty(),
                    Map.of("SIGNIFICANT", 4, "MODERATE", 8, "MILD", 12, "NOT_AT_RISK", 13)));

    private static Indicator levelled(String id, String wording, Indicator.Level level) {
        return new Indicator(id, "Domain", wording, "", Optional.of(level), Indicator.Kind.LEVELLED, false);
    }

    private static Indicator kind(String id, String wording, Indicator.Kind kind) {
        return new Indicator(id, "Domain", wording, "", Optional.empty(), kind, false);
    }
}
