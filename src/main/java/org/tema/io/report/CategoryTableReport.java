package org.tema.io.report;

import org.tema.report.CodeFigures;
import org.tema.report.ReportData;
import org.tema.report.ReportSettings;
import org.tema.report.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.tema.model.Code;

/**
 * The categories with their codes and counts as one Word table, ready for a thesis chapter: the
 * category's name spans the rows of its codes.
 */
public final class CategoryTableReport implements ReportWriter {
    @Override
    public void write(ReportData data, ReportSettings settings, OutputStream out) throws IOException {
        WordDocument doc = WordDocument.titled(data, settings, "report.categories", false);
        Labels labels = doc.labels();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> groupSizes = new ArrayList<>();
        for (CodeGroups group : CodeGroups.of(data, labels)) {
            if (group.codes().isEmpty()) {
                rows.add(List.of(group.name(), "", "", "", ""));
                groupSizes.add(1);
                continue;
            }
            for (int i = 0; i < group.codes().size(); i++) {
                Code code = group.codes().get(i);
                CodeFigures f = data.figures(code.id());
                rows.add(List.of(i == 0 ? group.name() : "", code.label(), Integer.toString(f.passages()),
                        Integer.toString(f.documents()), Integer.toString(f.participants())));
            }
            groupSizes.add(group.codes().size());
        }
        XWPFTable table = doc.table(List.of(labels.get("column.category"), labels.get("column.code"),
                labels.get("column.passages"), labels.get("column.documents"), labels.get("column.participants")),
                rows, 8, 11, 4, 5, 5);
        int row = 1;
        for (int size : groupSizes) {
            for (int i = 0; i < size && size > 1; i++) {
                CTTcPr tcPr = table.getRow(row + i).getCell(0).getCTTc().getTcPr();
                (tcPr.isSetVMerge() ? tcPr.getVMerge() : tcPr.addNewVMerge()).setVal(i == 0 ? STMerge.RESTART : STMerge.CONTINUE);
            }
            row += size;
        }
        doc.write(out);
    }
}
