package org.tema.ui.coding;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.tema.model.SearchHit;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;

/** Full-text search across all transcripts; choosing a hit shows it selected in its transcript. */
final class SearchPane {
    private final BorderPane root = new BorderPane();
    private final TextField query = new TextField();

    SearchPane(SearchViewModel search, Messages messages) {
        query.setPromptText(messages.get("coding.search.prompt"));
        query.textProperty().bindBidirectional(search.queryProperty());
        query.setOnAction(e -> search.search());
        query.getStyleClass().add("search-field");
        ListView<SearchHit> hits = new ListView<>(search.hits());
        hits.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setGraphic(null);
                    return;
                }
                Label doc = new Label(hit.documentName(), Icons.SEARCH.node());
                doc.getStyleClass().add("passage-code");
                Label snippet = new Label(hit.snippet());
                snippet.setWrapText(true);
                snippet.maxWidthProperty().bind(hits.widthProperty().subtract(40));
                doc.maxWidthProperty().bind(hits.widthProperty().subtract(40));
                setPrefWidth(0);
                setGraphic(new VBox(2, doc, snippet));
            }
        });
        hits.getSelectionModel().selectedItemProperty().addListener((o, a, hit) -> {
            if (hit != null) {
                search.open(hit);
            }
        });
        root.setTop(query);
        root.setCenter(hits);
    }

    Node node() {
        return root;
    }

    void focus() {
        query.requestFocus();
    }
}
