package org.tema.io.participants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tema.io.ImportException;
import org.tema.io.transcript.OfficeFiles;
import org.tema.io.transcript.ZipGuard;

/** The first sheet of an Excel {@code .xlsx} workbook; dates become ISO dates, numbers plain numbers. */
final class XlsxTableReader {
    private XlsxTableReader() {
    }

    static Table read(Path file) {
        ZipGuard.check(file, "an Excel workbook");
        List<List<String>> records = OfficeFiles.open(file, "an Excel workbook", () -> {
            try (XSSFWorkbook book = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
                return records(book.getSheetAt(0));
            }
        });
        if (records.isEmpty()) {
            throw new ImportException(file, "the first sheet has no header row");
        }
        return Tables.of(file, records);
    }

    private static List<List<String>> records(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> r = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                r.add(value(row.getCell(c), formatter));
            }
            if (r.stream().anyMatch(s -> !s.isBlank())) {
                out.add(r);
            }
        }
        return out;
    }

    private static String value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell).strip();
    }
}
