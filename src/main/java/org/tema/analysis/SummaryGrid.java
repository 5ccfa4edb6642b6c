package org.tema.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.Code;
import org.tema.model.CodedPassage;
import org.tema.model.SummaryCell;

/**
 * Codes down, participants or groups across: each cell holds the passages of that code by that
 * participant (or in that group) and the analyst's short summary of them (as MAXQDA's Summary Grid).
 */
public record SummaryGrid(List<Code> codes, List<GridColumn> columns, List<List<Cell>> cells) {
    /** One cell: its code, its column, its passages in document order, and its summary (empty when none). */
    public record Cell(Code code, GridColumn column, List<CodedPassage> passages, String summary) {
        public Cell {
            passages = List.copyOf(passages);
        }
    }

    public SummaryGrid {
        codes = List.copyOf(codes);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
    }

    public Cell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    public Cell cell(long codeId, GridColumn column) {
        for (int r = 0; r < codes.size(); r++) {
            if (codes.get(r).id() == codeId) {
                return cell(r, columns.indexOf(column));
            }
        }
        throw new IllegalArgumentException("The grid has no row for code " + codeId);
    }

    public static SummaryGrid build(List<Code> codes, List<GridColumn> columns, List<CodedPassage> passages,
                                    List<SummaryCell> summaries) {
        Map<Long, Integer> rowOf = new HashMap<>();
        List<List<List<CodedPassage>>> grouped = new ArrayList<>();
        for (Code c : codes) {
            rowOf.put(c.id(), grouped.size());
            List<List<CodedPassage>> row = new ArrayList<>();
            columns.forEach(col -> row.add(new ArrayList<>()));
            grouped.add(row);
        }
        Map<Long, Integer> participantColumn = new HashMap<>();
        Map<String, Integer> groupColumn = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            GridColumn col = columns.get(c);
            if (col.participantId() != null) {
                participantColumn.putIfAbsent(col.participantId(), c);
            } else {
                groupColumn.putIfAbsent(col.group(), c);
            }
        }
        for (CodedPassage p : passages) {
            Integer r = rowOf.get(p.codeId());
            if (r != null) {
                Integer byPerson = p.participantId() == null ? null : participantColumn.get(p.participantId());
                Integer byGroup = groupColumn.get(p.group());
                if (byPerson != null) {
                    grouped.get(r).get(byPerson).add(p);
                }
                if (byGroup != null) {
                    grouped.get(r).get(byGroup).add(p);
                }
            }
        }
        Map<Long, List<SummaryCell>> summariesOf = new HashMap<>();
        summaries.forEach(s -> summariesOf.computeIfAbsent(s.codeId(), k -> new ArrayList<>()).add(s));
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < codes.size(); r++) {
            Code code = codes.get(r);
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                GridColumn column = columns.get(c);
                String summary = summariesOf.getOrDefault(code.id(), List.of()).stream().filter(column::holds)
                        .map(SummaryCell::text).findFirst().orElse("");
                row.add(new Cell(code, column, grouped.get(r).get(c), summary));
            }
            cells.add(row);
        }
        return new SummaryGrid(codes, columns, cells);
    }
}
