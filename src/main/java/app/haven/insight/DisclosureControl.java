package app.haven.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Disclosure control for figures shown beyond case-level users and for every export, as official children's
 * statistics publish them (domain reference section 9): counts from 1 to {@code suppressUpTo} (5) are shown as "c";
 * secondary suppression hides a further cell wherever a hidden one could be worked out from the others and the total;
 * totals are rounded to the nearest {@code roundTotalsTo} (10; 1 leaves them exact); percentages have one decimal
 * place. Plain Java, no Spring, so any module publishing figures can use it.
 */
public final class DisclosureControl {

    /** What a suppressed figure shows. */
    public static final String SUPPRESSED = "c";

    /** What a figure that cannot be worked out (a change against nothing) shows. */
    public static final String NOT_APPLICABLE = "–";

    private final int suppressUpTo;
    private final int roundTotalsTo;

    public DisclosureControl(int suppressUpTo, int roundTotalsTo) {
        if (suppressUpTo < 0 || roundTotalsTo < 1) {
            throw new IllegalArgumentException("suppress up to " + suppressUpTo + ", round to " + roundTotalsTo);
        }
        this.suppressUpTo = suppressUpTo;
        this.roundTotalsTo = roundTotalsTo;
    }

    /** As official statistics: 1 to 5 suppressed, totals to the nearest 10. */
    public static DisclosureControl official() {
        return new DisclosureControl(5, 10);
    }

    public int suppressUpTo() {
        return suppressUpTo;
    }

    public int roundTotalsTo() {
        return roundTotalsTo;
    }

    /** Whether a count is small enough that it must be hidden. */
    public boolean isSmall(long count) {
        return count >= 1 && count <= suppressUpTo;
    }

    /** A count standing alone (not part of a table with totals). */
    public String count(long count) {
        return isSmall(count) ? SUPPRESSED : String.valueOf(count);
    }

    /** A total standing alone: hidden when small, otherwise rounded. */
    public String total(long count) {
        return isSmall(count) ? SUPPRESSED : String.valueOf(round(count));
    }

    /**
     * A share as a percentage to one decimal place, hidden when the part, the rest or the whole is small (any of them
     * would reveal a small number of children); "–" when there is nothing to take a share of.
     */
    public String percent(long part, long whole) {
        if (whole == 0) {
            return NOT_APPLICABLE;
        }
        if (isSmall(part) || isSmall(whole - part) || isSmall(whole)) {
            return SUPPRESSED;
        }
        return oneDecimal(BigDecimal.valueOf(part * 100L), BigDecimal.valueOf(whole)) + "%";
    }

    /** The change from {@code before} to {@code now} as a percentage of {@code before}, signed ("+215.2%"). */
    public String change(long now, long before) {
        if (before == 0) {
            return NOT_APPLICABLE;
        }
        if (isSmall(now) || isSmall(before)) {
            return SUPPRESSED;
        }
        BigDecimal change = oneDecimal(BigDecimal.valueOf((now - before) * 100L), BigDecimal.valueOf(before));
        return (change.signum() > 0 ? "+" : "") + change + "%";
    }

    /**
     * A table of counts with its totals, controlled: {@code counts[row][column]}; row totals (one per row, across the
     * columns) and column totals (one per column, down the rows) are computed here, so they are the sums of the cells.
     */
    public ShownTable table(long[][] counts, boolean rowTotals, boolean columnTotals) {
        Grid grid = new Grid(counts, rowTotals, columnTotals);
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                grid.hidden[r][c] = isSmall(grid.value[r][c]);
            }
        }
        List<Line> lines = grid.lines();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                changed |= protect(grid, line);
            }
        }
        return grid.shown(this);
    }

    /** Hides one more cell of a line that has exactly one hidden cell (it could be worked out by subtraction). */
    private boolean protect(Grid grid, Line line) {
        int hidden = line.total().isHidden(grid) ? 1 : 0;
        for (Cell member : line.members()) {
            hidden += member.isHidden(grid) ? 1 : 0;
        }
        if (hidden != 1) {
            return false;
        }
        Cell smallest = null;
        for (Cell member : line.members()) {
            long value = member.value(grid);
            if (!member.isHidden(grid) && value > 0 && (smallest == null || value < smallest.value(grid))) {
                smallest = member;
            }
        }
        Cell chosen = smallest != null ? smallest : line.total();
        if (chosen.isHidden(grid)) {
            return false;
        }
        grid.hidden[chosen.row()][chosen.column()] = true;
        return true;
    }

    long round(long count) {
        return Math.round((double) count / roundTotalsTo) * roundTotalsTo;
    }

    private static BigDecimal oneDecimal(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 1, RoundingMode.HALF_UP);
    }

    private record Cell(int row, int column) {
        boolean isHidden(Grid grid) {
            return grid.hidden[row][column];
        }

        long value(Grid grid) {
            return grid.value[row][column];
        }
    }

    /** Cells that add up to a total: a row, a column, or the totals row or column. */
    private record Line(List<Cell> members, Cell total) {}

    /** The counts with their totals as an extra column (row totals) and an extra row (column totals). */
    private static final class Grid {
        final int bodyRows;
        final int bodyColumns;
        final boolean rowTotals;
        final boolean columnTotals;
        final long[][] value;
        final boolean[][] hidden;

        Grid(long[][] counts, boolean rowTotals, boolean columnTotals) {
            this.bodyRows = counts.length;
            this.bodyColumns = counts.length == 0 ? 0 : counts[0].length;
            this.rowTotals = rowTotals;
            this.columnTotals = columnTotals;
            this.value = new long[rows()][columns()];
            this.hidden = new boolean[rows()][columns()];
            for (int r = 0; r < bodyRows; r++) {
                for (int c = 0; c < bodyColumns; c++) {
                    long v = counts[r][c];
                    value[r][c] = v;
                    if (rowTotals) {
                        value[r][bodyColumns] += v;
                    }
                    if (columnTotals) {
                        value[bodyRows][c] += v;
                    }
                    if (rowTotals && columnTotals) {
                        value[bodyRows][bodyColumns] += v;
                    }
                }
            }
        }

        int rows() {
            return bodyRows + (columnTotals ? 1 : 0);
        }

        int columns() {
            return bodyColumns + (rowTotals ? 1 : 0);
        }

        List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            if (rowTotals) {
                for (int r = 0; r < rows(); r++) {
                    List<Cell> members = new ArrayList<>();
                    for (int c = 0; c < bodyColumns; c++) {
                        members.add(new Cell(r, c));
                    }
                    lines.add(new Line(members, new Cell(r, bodyColumns)));
                }
            }
            if (columnTotals) {
                for (int c = 0; c < columns(); c++) {
                    List<Cell> members = new ArrayList<>();
                    for (int r = 0; r < bodyRows; r++) {
                        members.add(new Cell(r, c));
                    }
                    lines.add(new Line(members, new Cell(bodyRows, c)));
                }
            }
            return lines;
        }

        boolean isTotal(int r, int c) {
            return (rowTotals && c == bodyColumns) || (columnTotals && r == bodyRows);
        }

        ShownTable shown(DisclosureControl control) {
            String[][] shown = new String[rows()][columns()];
            for (int r = 0; r < rows(); r++) {
                for (int c = 0; c < columns(); c++) {
                    long v = value[r][c];
                    shown[r][c] = hidden[r][c] ? SUPPRESSED : String.valueOf(isTotal(r, c) ? control.round(v) : v);
                }
            }
            return new ShownTable(shown, bodyRows, bodyColumns, rowTotals, columnTotals);
        }
    }
}
