package app.haven.screening.banding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reading one YAML file's nodes strictly: a value of the wrong shape fails with the file and line; a key the caller
 * does not allow, a key given twice, a key with no value or a flag that is not true/false is collected as a problem.
 */
final class YamlNodes {

    private final String source;
    private final List<String> problems = new ArrayList<>();

    YamlNodes(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    List<String> problems() {
        return problems;
    }

    /** The keys and values here; with {@code allowed} not empty, any other key is a problem. */
    Map<String, Node> mapping(Node node, Set<String> allowed) {
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
    boolean flag(Map<String, Node> map, String key) {
        Optional<String> text = optionalText(map, key);
        if (text.isPresent() && !text.get().equals("true") && !text.get().equals("false")) {
            problem(map.get(key), key + " must be true or false, not " + text.get());
        }
        return text.map(Boolean::parseBoolean).orElse(false);
    }

    void problem(Node node, String problem) {
        problems.add(source + " line " + line(node) + ": " + problem);
    }

    List<Node> sequence(Node node) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw fail(node, "expected a list with at least one item here");
        }
        return sequence.getValue();
    }

    Node required(Map<String, Node> map, String key, Node parent) {
        Node node = map.get(key);
        if (node == null) {
            throw fail(parent, "missing " + key);
        }
        return node;
    }

    String text(Map<String, Node> map, String key, Node parent) {
        Node node = required(map, key, parent);
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw fail(node, key + " must be text");
        }
        return scalar.getValue();
    }

    Optional<String> optionalText(Map<String, Node> map, String key) {
        return Optional.ofNullable(map.get(key)).map(node -> node instanceof ScalarNode s ? s.getValue() : null);
    }

    int number(Map<String, Node> map, String key, Node parent) {
        return integer(required(map, key, parent));
    }

    Optional<Integer> optionalNumber(Map<String, Node> map, String key) {
        return Optional.ofNullable(map.get(key)).map(this::integer);
    }

    int integer(Node node) {
        try {
            return Integer.parseInt(((ScalarNode) node).getValue());
        } catch (RuntimeException e) {
            throw fail(node, "expected a whole number");
        }
    }

    <E extends Enum<E>> E parse(Class<E> type, String text, Node node, String what) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw fail(
                    node, what + " " + text + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    ToolDefinitionException fail(Node node, String problem) {
        return new ToolDefinitionException(source, line(node), problem);
    }

    static int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
