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
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

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

    private final String source;
    private final List<String> problems = new ArrayList<>();

    private ToolDefinitionReader(String source) {
        this.source = source;
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
        return new Reading(tool, reader.problems);
    }

    private ToolDefinition tool(Node root) {
        Map<String, Node> tool = mapping(root, TOOL_KEYS);
        List<Band> bands = new ArrayList<>();
        for (Node node : sequence(required(tool, "bands", root))) {
            Map<String, Node> band = mapping(node, BAND_KEYS);
            bands.add(new Band(text(band, "code", node), text(band, "label", node), bands.size()));
        }
        ToolDefinition.Method method = method(text(tool, "method", root), line(tool.get("method")));
        if (method == ToolDefinition.Method.LEVELS && bands.size() != 4) {
            throw fail(tool.get("bands"), "a level-based tool has exactly 4 bands (none, low, medium, high)");
        }
        Set<String> codes = new HashSet<>(bands.stream().map(Band::code).toList());
        List<Indicator> indicators = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node domainNode : sequence(required(tool, "domains", root))) {
            Map<String, Node> domain = mapping(domainNode, DOMAIN_KEYS);
            String domainName = text(domain, "name", domainNode);
            for (Node node : sequence(required(domain, "indicators", domainNode))) {
                Indicator indicator = indicator(domainName, node, method);
                if (!ids.add(indicator.id())) {
                    throw fail(node, "indicator id " + indicator.id() + " is used twice");
                }
                indicators.add(indicator);
            }
        }
        Map<String, Node> rules = mapping(required(tool, "rules", root), RULE_KEYS);
        Optional<String> learningDisability = optionalText(rules, "learningDisabilityIndicator");
        if (learningDisability.isPresent() && !ids.contains(learningDisability.get())) {
            throw fail(
                    rules.get("learningDisabilityIndicator"),
                    "learningDisabilityIndicator names no indicator: " + learningDisability.get());
        }
        return new ToolDefinition(
                text(tool, "id", root),
                number(tool, "version", root),
                text(tool, "name", root),
                bands,
                indicators,
                new ToolDefinition.Rules(
                        method,
                        optionalNumber(rules, "lowsForMedium").orElse(0),
                        bandNumbers(rules, "pointThresholds", codes),
                        optionalNumber(rules, "ageRuleMaxAge"),
                        optionalNumber(rules, "neverLowUnderAge"),
                        flag(rules, "neverLowWithLearningDisability"),
                        learningDisability,
                        optionalText(rules, "lowBand").map(code -> known(code, codes, rules.get("lowBand"))),
                        bandNumbers(rules, "rescreenWeeks", codes)));
    }

    private Indicator indicator(String domain, Node node, ToolDefinition.Method method) {
        Map<String, Node> map = mapping(node, INDICATOR_KEYS);
        String kindText = optionalText(map, "kind").orElse(method == ToolDefinition.Method.LEVELS ? "LEVELLED" : "");
        Indicator.Kind kind = parse(Indicator.Kind.class, kindText, map.getOrDefault("kind", node), "kind");
        Optional<Indicator.Level> level =
                optionalText(map, "level").map(text -> parse(Indicator.Level.class, text, map.get("level"), "level"));
        if (method == ToolDefinition.Method.LEVELS
                && kind == Indicator.Kind.LEVELLED
                && level.isEmpty()
                && !flag(map, "disclosure")) {
            throw fail(
                    node, "indicator " + optionalText(map, "id").orElse("?") + " needs a level (LOW, MEDIUM or HIGH)");
        }
        if (method == ToolDefinition.Method.POINTS && kind == Indicator.Kind.LEVELLED) {
            throw fail(node, "a points tool's indicator is VULNERABILITY, MODERATE or SIGNIFICANT");
        }
        return new Indicator(
                text(map, "id", node),
                domain,
                text(map, "wording", node),
                optionalText(map, "guidance").orElse(""),
                level,
                kind,
                flag(map, "disclosure"));
    }

    private Map<String, Integer> bandNumbers(Map<String, Node> rules, String key, Set<String> codes) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Node node = rules.get(key);
        if (node == null) {
            return numbers;
        }
        mapping(node, Set.of()).forEach((code, value) -> numbers.put(known(code, codes, value), integer(value)));
        return numbers;
    }

    private String known(String code, Set<String> codes, Node where) {
        if (!codes.contains(code)) {
            throw fail(where, "no band has the code " + code);
        }
        return code;
    }

    /** The keys and values here; with {@code allowed} not empty, any other key is a problem. */
    private Map<String, Node> mapping(Node node, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw fail(node, "expected keys and values here");
        }
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw fail(tuple.getKeyNode(), "expected a key here");
            }
            String key = keyNode.getValue();
            Node value = tuple.getValueNode();
            if (!allowed.isEmpty() && !allowed.contains(key)) {
                problem(
                        keyNode,
                        "unknown key ‘" + key + "’"
                                + (empty(value)
                                        ? ": an unquoted comma may have cut the value before it short; put that value in"
                                                + " quotes"
                                        : "; the keys here are "
                                                + String.join(", ", new java.util.TreeSet<>(allowed))));
            } else if (empty(value)) {
                problem(keyNode, key + " has no value");
            }
            if (map.put(key, value) != null) {
                problem(keyNode, key + " is given twice");
            }
        }
        return map;
    }

    private static boolean empty(Node value) {
        return value instanceof ScalarNode scalar && scalar.getValue().isBlank();
    }

    /** A yes/no setting: only {@code true} or {@code false}; anything else (yes, on, 1) is a problem. */
    private boolean flag(Map<String, Node> map, String key) {
        Optional<String> text = optionalText(map, key);
        if (text.isPresent() && !text.get().equals("true") && !text.get().equals("false")) {
            problem(map.get(key), key + " must be true or false, not " + text.get());
        }
        return text.map(Boolean::parseBoolean).orElse(false);
    }

    private void problem(Node node, String problem) {
        problems.add(source + " line " + line(node) + ": " + problem);
    }

    private List<Node> sequence(Node node) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw fail(node, "expected a list with at least one item here");
        }
        return sequence.getValue();
    }

    private Node required(Map<String, Node> map, String key, Node parent) {
        Node node = map.get(key);
        if (node == null) {
            throw fail(parent, "missing " + key);
        }
        return node;
    }

    private String text(Map<String, Node> map, String key, Node parent) {
        Node node = required(map, key, parent);
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw fail(node, key + " must be text");
        }
        return scalar.getValue();
    }

    private Optional<String> optionalText(Map<String, Node> map, String key) {
        return Optional.ofNullable(map.get(key)).map(node -> node instanceof ScalarNode s ? s.getValue() : null);
    }

    private int number(Map<String, Node> map, String key, Node parent) {
        return integer(required(map, key, parent));
    }

    private Optional<Integer> optionalNumber(Map<String, Node> map, String key) {
        return Optional.ofNullable(map.get(key)).map(this::integer);
    }

    private int integer(Node node) {
        try {
            return Integer.parseInt(((ScalarNode) node).getValue());
        } catch (RuntimeException e) {
            throw fail(node, "expected a whole number");
        }
    }

    private ToolDefinition.Method method(String text, int line) {
        try {
            return ToolDefinition.Method.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new ToolDefinitionException(source, line, "method must be LEVELS or POINTS, not " + text);
        }
    }

    private <E extends Enum<E>> E parse(Class<E> type, String text, Node node, String what) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw fail(
                    node, what + " " + text + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private ToolDefinitionException fail(Node node, String problem) {
        return new ToolDefinitionException(source, line(node), problem);
    }

    private static int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
