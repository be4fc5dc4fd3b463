package app.haven.intelligence;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A network as CSV (one row per link, then one per entity) and as GraphML for analysts' tools. A link resting on
 * conditional intelligence the reader is not cleared for is exported as existing, marked conditional, as on screen.
 * CSV fields that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
final class NetworkExport {

    private NetworkExport() {}

    static String csv(NetworkView view) {
        StringBuilder out = new StringBuilder();
        out.append(line(List.of(
                "record",
                "reference",
                "from",
                "type",
                "to",
                "from date",
                "to date",
                "evidence",
                "grading",
                "confidence",
                "conditional")));
        for (NetworkView.Edge edge : view.edges()) {
            LinkView l = edge.link();
            out.append(line(List.of(
                    "link",
                    "L-" + l.id(),
                    l.fromLabel() + " (I-" + l.fromId() + ")",
                    l.type(),
                    l.toLabel() + " (I-" + l.toId() + ")",
                    l.validFrom().toString(),
                    l.validTo().map(Object::toString).orElse(""),
                    l.withheld() ? "conditional" : l.evidence(),
                    l.grade(),
                    l.confidence(),
                    String.valueOf(l.restricted()))));
        }
        for (NetworkView.Node n : view.nodes()) {
            out.append(line(List.of(
                    "entity", n.reference(), n.label(), n.kind(), "", "", "", "", "", "", String.valueOf(n.hops()))));
        }
        return out.toString();
    }

    static String graphml(NetworkView view) {
        StringBuilder out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="label" for="all" attr.name="label" attr.type="string"/>
                  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
                  <key id="hops" for="node" attr.name="hops" attr.type="int"/>
                  <key id="from" for="edge" attr.name="from date" attr.type="string"/>
                  <key id="to" for="edge" attr.name="to date" attr.type="string"/>
                  <key id="grading" for="edge" attr.name="grading" attr.type="string"/>
                  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
                  <graph id="network" edgedefault="undirected">
                """);
        for (NetworkView.Node n : view.nodes()) {
            out.append("    <node id=\"I-")
                    .append(n.id())
                    .append("\"><data key=\"label\">")
                    .append(xml(n.label()))
                    .append("</data><data key=\"kind\">")
                    .append(xml(n.kind()))
                    .append("</data><data key=\"hops\">")
                    .append(n.hops())
                    .append("</data></node>\n");
        }
        for (NetworkView.Edge edge : view.edges()) {
            LinkView l = edge.link();
            out.append("    <edge id=\"L-")
                    .append(l.id())
                    .append("\" source=\"I-")
                    .append(l.fromId())
                    .append("\" target=\"I-")
                    .append(l.toId())
                    .append("\" directed=\"")
                    .append(l.directed())
                    .append("\"><data key=\"label\">")
                    .append(xml(l.type()))
                    .append("</data><data key=\"from\">")
                    .append(l.validFrom())
                    .append("</data><data key=\"to\">")
                    .append(l.validTo().map(Object::toString).orElse(""))
                    .append("</data><data key=\"grading\">")
                    .append(xml(l.grade()))
                    .append("</data><data key=\"evidence\">")
                    .append(xml(l.withheld() ? "conditional" : l.evidence()))
                    .append("</data></edge>\n");
        }
        return out.append("  </graph>\n</graphml>\n").toString();
    }

    private static String line(List<String> fields) {
        return fields.stream().map(NetworkExport::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
