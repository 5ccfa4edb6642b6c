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
import org.tema.analysis.Charts;
import org.tema.ui.common.Messages;

/** The charts tab: passages per code, and the number of different codes in each group, as bar charts. */
final class ChartsTab {
    private final BorderPane root = new BorderPane();

    ChartsTab(ChartsViewModel model, FilterModel filter, Messages messages) {
        BarChart<String, Number> perCode = chart(model.passagesPerCode(), messages.get("analyse.charts.perCode"),
                messages.get("analyse.charts.passages"));
        BarChart<String, Number> perGroup = chart(model.codesPerGroup(), messages.get("analyse.charts.perGroup"),
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

    private static BarChart<String, Number> chart(ObservableList<Charts.Bar> bars, String title, String valueName) {
        CategoryAxis labels = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        values.setLabel(valueName);
        values.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(labels, values);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setMinHeight(360);
        chart.setCategoryGap(6);
        Runnable fill = () -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            List<XYChart.Data<String, Number>> data = bars.stream()
                    .map(b -> new XYChart.Data<String, Number>(b.label(), b.value())).toList();
            series.getData().setAll(data);
            labels.getCategories().setAll(bars.stream().map(Charts.Bar::label).distinct().toList());
            chart.getData().setAll(List.of(series));
        };
        bars.addListener((javafx.collections.ListChangeListener<Charts.Bar>) c -> fill.run());
        fill.run();
        return chart;
    }
}
