package org.tema.ui.analyse;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tema.analysis.Charts;
import org.tema.ui.common.Messages;

/** The charts tab: passages per code, and the number of different codes in each group, as bar charts. */
final class ChartsTab {
    private final BorderPane root = new BorderPane();

    ChartsTab(ChartsViewModel model, FilterModel filter, Messages messages) {
        BarChart<Number, String> perCode = chart(model.passagesPerCode(), messages.get("analyse.charts.perCode"),
                messages.get("analyse.charts.passages"));
        BarChart<Number, String> perGroup = chart(model.codesPerGroup(), messages.get("analyse.charts.perGroup"),
                messages.get("analyse.charts.codes"));
        VBox charts = new VBox(12, perCode, perGroup);
        charts.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        root.setTop(new FilterBar(filter, messages).node());
        root.setCenter(scroll);
    }

    Node node() {
        return root;
    }

    private static final int LABEL_LENGTH = 45;

    /** Horizontal bars, so that long code names stay readable; the chart grows with the number of bars. */
    private static BarChart<Number, String> chart(ObservableList<Charts.Bar> bars, String title, String valueName) {
        NumberAxis values = new NumberAxis();
        values.setLabel(valueName);
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        CategoryAxis labels = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(values, labels);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(4);
        Runnable fill = () -> {
            List<Charts.Bar> reversed = new java.util.ArrayList<>(bars);
            java.util.Collections.reverse(reversed);
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            for (Charts.Bar b : reversed) {
                String name = shortened(b.label());
                name = seen.contains(name) ? b.label() : name;
                seen.add(name);
                series.getData().add(new XYChart.Data<>(b.value(), name));
            }
            labels.getCategories().setAll(seen);
            chart.getData().setAll(List.of(series));
            chart.setMinHeight(Math.max(200, bars.size() * 22 + 110));
        };
        bars.addListener((javafx.collections.ListChangeListener<Charts.Bar>) c -> fill.run());
        fill.run();
        return chart;
    }

    private static String shortened(String s) {
        return s.length() <= LABEL_LENGTH ? s : s.substring(0, LABEL_LENGTH - 1) + "…";
    }
}
