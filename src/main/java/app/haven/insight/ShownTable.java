package app.haven.insight;

/**
 * A table of counts after disclosure control, as text: the body's cells, then (when asked for) each row's total as
 * a last column and each column's total as a last row, whose last cell is the grand total.
 */
public record ShownTable(String[][] cells, int bodyRows, int bodyColumns, boolean rowTotals, boolean columnTotals) {

    public String cell(int row, int column) {
        return cells[row][column];
    }

    public String rowTotal(int row) {
        if (!rowTotals) {
            throw new IllegalStateException("this table has no row totals");
        }
        return cells[row][bodyColumns];
    }

    public String columnTotal(int column) {
        if (!columnTotals) {
            throw new IllegalStateException("this table has no column totals");
        }
        return cells[bodyRows][column];
    }

    public String grandTotal() {
        return cells[bodyRows][bodyColumns];
    }
}
