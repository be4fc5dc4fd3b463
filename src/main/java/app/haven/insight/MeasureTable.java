package app.haven.insight;

import java.util.List;
import java.util.Optional;

/**
 * A table of figures after disclosure control, exactly as it is shown: the page, the CSV and the XLSX are all written
 * from this one value, so they always agree. A row may name the category a case-level user can follow to the
 * children behind it.
 */
public record MeasureTable(
        String id, String caption, String firstHeader, List<String> columns, List<Row> rows, Optional<Row> totals) {

    /** A row: its label, its cells as shown, and the category behind it when it can be followed to children. */
    public record Row(String label, List<String> cells, Optional<String> category) {}

    /** Every row including the totals, as the exports write them, headers first. */
    public List<List<String>> lines() {
        List<List<String>> lines = new java.util.ArrayList<>();
        List<String> header = new java.util.ArrayList<>(List.of(firstHeader));
        header.addAll(columns);
        lines.add(header);
        for (Row row : rows) {
            List<String> line = new java.util.ArrayList<>(List.of(row.label()));
            line.addAll(row.cells());
            lines.add(line);
        }
        totals.ifPresent(t -> {
            List<String> line = new java.util.ArrayList<>(List.of(t.label()));
            line.addAll(t.cells());
            lines.add(line);
        });
        return lines;
    }
}
