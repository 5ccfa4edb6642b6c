package org.tema.io.report;

import org.tema.report.Quote;
import org.tema.report.ReportData;
import org.tema.report.Labels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tema.io.table.Table;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Participant;

/**
 * The project's numbers as plain tables for Excel and CSV: every coded passage (one row each), the
 * co-occurrence matrix (with each code's number of passages in a last column), the code × group
 * matrix and the participants' attribute values. The matrices hold the analysis figures as they are.
 */
public final class DataTables {
    private DataTables() {
    }

    public static List<Table> of(ReportData data, Labels labels) {
        return List.of(passages(data, labels), coOccurrence(data, labels), codeByGroup(data, labels),
                participants(data, labels));
    }

    static Table passages(ReportData data, Labels labels) {
        List<String> header = new ArrayList<>(List.of(labels.get("column.codePath"), labels.get("column.category"),
                labels.get("column.document"), labels.get("column.speaker"), labels.get("column.group")));
        data.attributes().forEach(a -> header.add(a.name()));
        header.addAll(List.of(labels.get("column.start"), labels.get("column.end"), labels.get("column.text"),
                labels.get("column.memo")));
        List<List<Object>> rows = new ArrayList<>();
        for (Code code : data.codes()) {
            String path = data.codePath(code);
            String category = data.categoryOf(code.id()).map(Category::name).orElse("");
            for (Quote q : data.quotes(code.id())) {
                List<Object> row = new ArrayList<>(List.of(path, category, q.document(), q.speaker(), q.group()));
                for (Attribute a : data.attributes()) {
                    row.add(q.participantId() == null ? "" : data.value(q.participantId(), a.id()));
                }
                row.addAll(List.of(q.segment().start(), q.segment().end(), q.passage(), q.segment().memo()));
                rows.add(row);
            }
        }
        return new Table(labels.get("sheet.passages"), labels.get("file.passages"), header, rows);
    }

    static Table coOccurrence(ReportData data, Labels labels) {
        MatrixTable m = MatrixTable.codesInOrder(data.coOccurrence(), data.codes());
        List<Long> passages = data.codes().stream().map(c -> data.codeByGroup().row(c.id()).total()).toList();
        return matrix(m, passages, labels.get("sheet.coOccurrence"), labels.get("file.coOccurrence"), labels);
    }

    static Table codeByGroup(ReportData data, Labels labels) {
        MatrixTable m = MatrixTable.rowsInOrder(data.codeByGroup(), data.codes());
        return matrix(m, null, labels.get("sheet.codeByGroup"), labels.get("file.codeByGroup"), labels);
    }

    /** A table of a matrix: the code, its figures and, when {@code passages} is not null, its number of passages. */
    private static Table matrix(MatrixTable m, List<Long> passages, String sheet, String file, Labels labels) {
        List<String> header = new ArrayList<>();
        header.add(labels.get("column.code"));
        header.addAll(m.columns());
        if (passages != null) {
            header.add(labels.get("column.passages"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(m.rows().get(r).label());
            for (int c = 0; c < m.columns().size(); c++) {
                row.add(m.cell(r, c));
            }
            if (passages != null) {
                row.add(passages.get(r));
            }
            rows.add(row);
        }
        return new Table(sheet, file, header, rows);
    }

    static Table participants(ReportData data, Labels labels) {
        List<String> header = new ArrayList<>(List.of(labels.get("column.participant"), labels.get("column.group"),
                labels.get("column.interviewer")));
        data.attributes().forEach(a -> header.add(a.name()));
        List<List<Object>> rows = new ArrayList<>();
        for (Participant p : data.participants()) {
            List<Object> row = new ArrayList<>(List.of(p.pseudonym(), p.group(), labels.get(p.interviewer() ? "yes" : "no")));
            for (Attribute a : data.attributes()) {
                String v = data.value(p.id(), a.id());
                row.add(a.type() == AttributeType.INTEGER || a.type() == AttributeType.DECIMAL ? number(v) : v);
            }
            rows.add(row);
        }
        return new Table(labels.get("sheet.participants"), labels.get("file.participants"), header, rows);
    }

    private static Object number(String v) {
        return v.isEmpty() ? "" : new BigDecimal(v);
    }
}
