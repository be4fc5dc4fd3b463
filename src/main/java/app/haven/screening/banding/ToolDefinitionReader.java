package app.haven.screening.banding;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a tool definition from YAML and checks it, so a broken definition stops start-up with the file and line
 * of the problem rather than banding a child wrongly. The YAML is composed into nodes (no object construction
 * from the file, so a definition cannot make the reader build arbitrary types).
 *
 * <p>Strict: a key the format does not have, a key given twice or a key with no value is refused. In a flow
 * mapping ({@code {id: a, wording: Missing overnight, or repeatedly}}) an unquoted comma ends the value and turns
 * the rest into a stray key with no value, so the wording is silently cut short; the stray key is how it shows.
 */
public final class ToolDefinitionReader {

    /** A definition as read, with the problems a strict reading refuses (empty when it reads cleanly). */
    public record Reading(ToolDefinition tool, List<String> problems) {

        public Reading {
            problems = List.copyOf(problems);
        }
    }

    private static final Set<String> TOOL_KEYS = Set.of("id", "version", "name", "method", "bands", "rules", "domains");
    private static final Set<String> BAND_KEYS = Set.of("code", "label");
    private static final Set<String> DOMAIN_KEYS = Set.of("name", "indicators");
    private static final Set<String> INDICATOR_KEYS =
            Set.of("id", "level", "kind", "wording", "guidance", "disclosure");
    private static final Set<String> RULE_KEYS = Set.of(
            "lowsForMedium",
            "pointThresholds",
            "ageRuleMaxAge",
            "neverLowUnderAge",
            "neverLowWithLearningDisability",
            "learningDisabilityIndicator",
            "lowBand",
            "rescreenWeeks");

    private final YamlNodes nodes;

    private ToolDefinitionReader(String source) {
        this.nodes = new YamlNodes(source);
    }

    /** Reads a definition; any problem, including those {@link #readLeniently} reports, is refused. */
    public static ToolDefinition read(String source, Reader yaml) {
        Reading reading = readLeniently(source, yaml);
        if (!reading.problems().isEmpty()) {
            throw new ToolDefinitionException(reading.problems());
        }
        return reading.tool();
    }

    /**
     * Reads a definition that is structurally sound, reporting stray, repeated and empty keys instead of refusing
     * them: for a superseded version that screenings were banded with and that can no longer change.
     */
    public static Reading readLeniently(String source, Reader yaml) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(yaml);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ToolDefinitionException(source, line, "not valid YAML: " + e.getProblem());
        }
        if (root == null) {
            throw new ToolDefinitionException(source, 1, "the file is empty");
        }
        ToolDefinitionReader reader = new ToolDefinitionReader(source);
        ToolDefinition tool = reader.tool(root);
        return new Reading(tool, reader.nodes.problems());
    }

    private ToolDefinition tool(Node root) {
        Map<String, Node> tool = nodes.mapping(root, TOOL_KEYS);
        List<Band> bands = new ArrayList<>();
        for (Node node : nodes.sequence(nodes.required(tool, "bands", root))) {
            Map<String, Node> band = nodes.mapping(node, BAND_KEYS);
            bands.add(new Band(nodes.text(band, "code", node), nodes.text(band, "label", node), bands.size()));
        }
        ToolDefinition.Method method = method(nodes.text(tool, "method", root), YamlNodes.line(tool.get("method")));
        if (method == ToolDefinition.Method.LEVELS && bands.size() != 4) {
            throw nodes.fail(tool.get("bands"), "a level-based tool has exactly 4 bands (none, low, medium, high)");
        }
        Set<String> codes = new HashSet<>(bands.stream().map(Band::code).toList());
        List<Indicator> indicators = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node domainNode : nodes.sequence(nodes.required(tool, "domains", root))) {
            Map<String, Node> domain = nodes.mapping(domainNode, DOMAIN_KEYS);
            String domainName = nodes.text(domain, "name", domainNode);
            for (Node node : nodes.sequence(nodes.required(domain, "indicators", domainNode))) {
                Indicator indicator = indicator(domainName, node, method);
                if (!ids.add(indicator.id())) {
                    throw nodes.fail(node, "indicator id " + indicator.id() + " is used twice");
                }
                indicators.add(indicator);
            }
        }
        Map<String, Node> rules = nodes.mapping(nodes.required(tool, "rules", root), RULE_KEYS);
        Optional<String> learningDisability = nodes.optionalText(rules, "learningDisabilityIndicator");
        if (learningDisability.isPresent() && !ids.contains(learningDisability.get())) {
            throw nodes.fail(
                    rules.get("learningDisabilityIndicator"),
                    "learningDisabilityIndicator names no indicator: " + learningDisability.get());
        }
        return new ToolDefinition(
                nodes.text(tool, "id", root),
                nodes.number(tool, "version", root),
                nodes.text(tool, "name", root),
                bands,
                indicators,
                new ToolDefinition.Rules(
                        method,
                        nodes.optionalNumber(rules, "lowsForMedium").orElse(0),
                        bandNumbers(rules, "pointThresholds", codes),
                        nodes.optionalNumber(rules, "ageRuleMaxAge"),
                        nodes.optionalNumber(rules, "neverLowUnderAge"),
                        nodes.flag(rules, "neverLowWithLearningDisability"),
                        learningDisability,
                        nodes.optionalText(rules, "lowBand").map(code -> known(code, codes, rules.get("lowBand"))),
                        bandNumbers(rules, "rescreenWeeks", codes)));
    }

    private Indicator indicator(String domain, Node node, ToolDefinition.Method method) {
        Map<String, Node> map = nodes.mapping(node, INDICATOR_KEYS);
        String kindText =
                nodes.optionalText(map, "kind").orElse(method == ToolDefinition.Method.LEVELS ? "LEVELLED" : "");
        Indicator.Kind kind = nodes.parse(Indicator.Kind.class, kindText, map.getOrDefault("kind", node), "kind");
        Optional<Indicator.Level> level = nodes.optionalText(map, "level")
                .map(text -> nodes.parse(Indicator.Level.class, text, map.get("level"), "level"));
        if (method == ToolDefinition.Method.LEVELS
                && kind == Indicator.Kind.LEVELLED
                && level.isEmpty()
                && !nodes.flag(map, "disclosure")) {
            throw nodes.fail(
                    node,
                    "indicator " + nodes.optionalText(map, "id").orElse("?") + " needs a level (LOW, MEDIUM or HIGH)");
        }
        if (method == ToolDefinition.Method.POINTS && kind == Indicator.Kind.LEVELLED) {
            throw nodes.fail(node, "a points tool's indicator is VULNERABILITY, MODERATE or SIGNIFICANT");
        }
        return new Indicator(
                nodes.text(map, "id", node),
                domain,
                nodes.text(map, "wording", node),
                nodes.optionalText(map, "guidance").orElse(""),
                level,
                kind,
                nodes.flag(map, "disclosure"));
    }

    private Map<String, Integer> bandNumbers(Map<String, Node> rules, String key, Set<String> codes) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Node node = rules.get(key);
        if (node == null) {
            return numbers;
        }
        nodes.mapping(node, Set.of())
                .forEach((code, value) -> numbers.put(known(code, codes, value), nodes.integer(value)));
        return numbers;
    }

    private String known(String code, Set<String> codes, Node where) {
        if (!codes.contains(code)) {
            throw nodes.fail(where, "no band has the code " + code);
        }
        return code;
    }

    private ToolDefinition.Method method(String text, int line) {
        try {
            return ToolDefinition.Method.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new ToolDefinitionException(nodes.source(), line, "method must be LEVELS or POINTS, not " + text);
        }
    }
}
