package org.tema.io.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tema.io.AtomicFiles;

/**
 * Writes tables as sheets of one Excel workbook (streamed, so large tables take little memory): a bold,
 * frozen header row with filters, numbers as numbers, long text wrapped.
 */
public final class XlsxWriter {
    private static final int MAX_COLUMN_CHARS = 60;
    private static final int WRAP_FROM_CHARS = 40;

    private XlsxWriter() {
    }

    /** Writes the workbook to {@code target} whole or not at all. */
    public static void write(List<Table> tables, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(tables, out));
    }

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle headerStyle = book.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            for (Table t : tables) {
                sheet(book, t, headerStyle, wrap);
            }
            book.write(out);
        }
    }

    private static void sheet(SXSSFWorkbook book, Table t, CellStyle headerStyle, CellStyle wrap) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(t.sheetName()));
        int[] widths = new int[t.header().size()];
        Row head = sheet.createRow(0);
        for (int c = 0; c < t.header().size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(t.header().get(c));
            cell.setCellStyle(headerStyle);
            widths[c] = t.header().get(c).length();
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = t.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    widths[c] = Math.max(widths[c], n.toString().length());
                } else {
                    String s = v == null ? "" : v.toString();
                    cell.setCellValue(s);
                    if (s.length() > WRAP_FROM_CHARS || s.indexOf('\n') >= 0) {
                        cell.setCellStyle(wrap);
                    }
                    widths[c] = Math.max(widths[c], s.length());
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!t.header().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, t.rows().size()), 0, t.header().size() - 1));
        }
    }
}
