package app.haven.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A {@link MeasureTable} written as CSV or XLSX, cell for cell as the page shows it. */
final class TableFiles {

    private TableFiles() {}

    static byte[] csv(MeasureTable table, String figuresNote) {
        StringBuilder out = new StringBuilder();
        out.append(line(List.of(table.caption()))).append(line(List.of(figuresNote)));
        table.lines().forEach(l -> out.append(line(l)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(MeasureTable table, String figuresNote) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(table.id());
            sheet.createRow(0).createCell(0).setCellValue(table.caption());
            sheet.createRow(1).createCell(0).setCellValue(figuresNote);
            List<List<String>> lines = table.lines();
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < lines.get(r).size(); c++) {
                    String value = lines.get(r).get(c);
                    if (r > 0 && c > 0 && value.matches("[0-9]{1,15}")) {
                        row.createCell(c).setCellValue(Long.parseLong(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line; a cell a spreadsheet would take for a formula is quoted with a leading apostrophe. */
    static String line(List<String> cells) {
        return String.join(",", cells.stream().map(TableFiles::cell).toList()) + "\r\n";
    }

    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
