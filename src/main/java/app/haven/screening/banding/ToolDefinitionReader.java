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
 */
public final class ToolDefinitionReader {

    private final String source;

    private ToolDefinitionReader(String source) {
        this.source = source;
    }

    public static ToolDefinition read(String source, Reader yaml) {
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
        return new ToolDefinitionReader(source).tool(root);
    }

    private ToolDefinition tool(Node root) {
        Map<String, Node> tool = mapping(root);
        List<Band> bands = new ArrayList<>();
        for (Node node : sequence(required(tool, "bands", root))) {
            Map<String, Node> band = mapping(node);
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
            Map<String, Node> domain = mapping(domainNode);
            String domainName = text(domain, "name", domainNode);
            for (Node node : sequence(required(domain, "indicators", domainNode))) {
                Indicator indicator = indicator(domainName, node, method);
                if (!ids.add(indicator.id())) {
                    throw fail(node, "indicator id " + indicator.id() + " is used twice");
                }
                indicators.add(indicator);
            }
        }
        Map<String, Node> rules = mapping(required(tool, "rules", root));
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
                        optionalText(rules, "neverLowWithLearningDisability")
                                .map(Boolean::parseBoolean)
                                .orElse(false),
                        optionalText(rules, "lowBand").map(code -> known(code, codes, rules.get("lowBand"))),
                        bandNumbers(rules, "rescreenWeeks", codes)));
    }

    private Indicator indicator(String domain, Node node, ToolDefinition.Method method) {
        Map<String, Node> map = mapping(node);
        String kindText = optionalText(map, "kind").orElse(method == ToolDefinition.Method.LEVELS ? "LEVELLED" : "");
        Indicator.Kind kind = parse(Indicator.Kind.class, kindText, map.getOrDefault("kind", node), "kind");
        Optional<Indicator.Level> level =
                optionalText(map, "level").map(text -> parse(Indicator.Level.class, text, map.get("level"), "level"));
        if (method == ToolDefinition.Method.LEVELS
                && kind == Indicator.Kind.LEVELLED
                && level.isEmpty()
                && !optionalText(map, "disclosure").map(Boolean::parseBoolean).orElse(false)) {
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
                optionalText(map, "disclosure").map(Boolean::parseBoolean).orElse(false));
    }

    private Map<String, Integer> bandNumbers(Map<String, Node> rules, String key, Set<String> codes) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Node node = rules.get(key);
        if (node == null) {
            return numbers;
        }
        mapping(node).forEach((code, value) -> numbers.put(known(code, codes, value), integer(value)));
        return numbers;
    }

    private String known(String code, Set<String> codes, Node where) {
        if (!codes.contains(code)) {
            throw fail(where, "no band has the code " + code);
        }
        return code;
    }

    private Map<String, Node> mapping(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw fail(node, "expected keys and values here");
        }
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            map.put(((ScalarNode) tuple.getKeyNode()).getValue(), tuple.getValueNode());
        }
        return map;
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
