package org.tema.io.report;

import org.tema.report.ReportData;
import org.tema.report.Labels;
import java.util.ArrayList;
import java.util.List;
import org.tema.model.Category;
import org.tema.model.Code;

/** Codes grouped as the reports list them: by category in the analyst's order, codes in no category last. */
record CodeGroups(String name, String description, List<Code> codes) {

    static List<CodeGroups> of(ReportData data, Labels labels) {
        List<CodeGroups> out = new ArrayList<>();
        for (Category c : data.categories()) {
            out.add(new CodeGroups(c.name(), c.description(), c.codeIds().stream().map(data::code).toList()));
        }
        List<Code> rest = data.uncategorised();
        if (!rest.isEmpty()) {
            out.add(new CodeGroups(labels.get("section.uncategorised"), "", rest));
        }
        return out;
    }
}
