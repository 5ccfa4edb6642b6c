package org.tema.ui.report;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.tema.app.Overview;
import org.tema.ui.common.DividerMemory;
import org.tema.ui.common.Messages;

/**
 * Reporting: the report settings and export buttons at the side; the quote picker, and the code book
 * with how far each transcript has been coded, as tabs.
 */
public final class ReportView {
    private final SplitPane root;

    public ReportView(ReportViewModel model, Messages messages) {
        this(model, messages, ExportPane.systemChooser(messages));
    }

    /** With {@code chooser} asking where exports go (the system's file choosers in the program). */
    ReportView(ReportViewModel model, Messages messages, ExportPane.TargetChooser chooser) {
        TableView<CodeBookRow> codes = new TableView<>(model.codeBook());
        TableColumn<CodeBookRow, CodeBookRow> code = new TableColumn<>(messages.get("report.column.code"));
        code.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        code.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CodeBookRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.code().label());
                setGraphic(empty || row == null ? null : new Circle(5, Color.web(row.code().colour())));
                setPadding(new Insets(0, 0, 0, empty || row == null ? 0 : 6 + 18 * row.depth()));
            }
        });
        code.setPrefWidth(320);
        codes.getColumns().add(code);
        codes.getColumns().add(column(messages.get("report.column.passages"), r -> Integer.toString(r.passages()), 80));
        codes.getColumns().add(column(messages.get("report.column.category"), CodeBookRow::category, 160));
        codes.getColumns().add(column(messages.get("report.column.definition"), r -> r.code().definition().description(), 380));
        codes.getColumns().add(column(messages.get("report.column.summary"), r -> r.code().summary(), 320));
        codes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<Overview.DocumentStatus> docs = new TableView<>(model.documents());
        docs.getColumns().add(column(messages.get("report.column.document"), s -> s.document().name(), 240));
        docs.getColumns().add(column(messages.get("report.column.words"), s -> Integer.toString(s.words()), 90));
        docs.getColumns().add(column(messages.get("report.column.passages"), s -> Integer.toString(s.passages()), 90));
        docs.getColumns().add(column(messages.get("report.column.uncoded"), s -> s.uncodedPercent() + " %", 90));
        docs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        SplitPane codeBook = new SplitPane(titled(messages.get("report.codebook"), codes), titled(messages.get("report.documents"), docs));
        codeBook.setOrientation(Orientation.VERTICAL);
        codeBook.setDividerPositions(0.68);
        DividerMemory.name(codeBook, "report-codebook");

        VBox side = new VBox(new OptionsPane(model.options(), messages).node(), new ExportPane(model.export(), messages, chooser).node());
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(300);
        Tab quotes = new Tab(messages.get("report.quotes"), new QuotesPane(model.quotes(), model.options(), messages).node());
        Tab book = new Tab(messages.get("report.codebook"), codeBook);
        TabPane tabs = new TabPane(quotes, book);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root = new SplitPane(sideScroll, tabs);
        root.setDividerPositions(0.26);
        DividerMemory.name(root, "report-main");
        SplitPane.setResizableWithParent(sideScroll, false);
    }

    public Node node() {
        return root;
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static Node titled(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add("pane-title");
        l.setPadding(new Insets(6, 8, 6, 8));
        BorderPane p = new BorderPane(content);
        p.setTop(l);
        return p;
    }
}
