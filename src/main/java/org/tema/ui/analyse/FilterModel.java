package org.tema.ui.analyse;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.List;
import org.tema.model.Attribute;
import org.tema.model.Coder;
import org.tema.model.Document;
import org.tema.ui.common.ProjectSession;

/**
 * The filter shared by the analysis tabs: the choices offered (groups, transcripts, coders,
 * participant attributes, reloaded after every change) and the chosen ones, published as one
 * {@link FilterChoice} that the tabs reload on.
 */
public final class FilterModel {
    private final ProjectSession session;
    /** Kept so that the weak change listener lives as long as this model. */
    private final Object changes;
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObservableList<Coder> coders = FXCollections.observableArrayList();
    private final ObservableList<Attribute> attributes = FXCollections.observableArrayList();
    private final StringProperty group = new SimpleStringProperty();
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final ObjectProperty<Coder> coder = new SimpleObjectProperty<>();
    private final ObjectProperty<Attribute> attribute = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final BooleanProperty includeInterviewer = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<FilterChoice> choice = new ReadOnlyObjectWrapper<>(FilterChoice.ANY);

    public FilterModel(ProjectSession session) {
        this.session = session;
        changes = session.onChange(this::reload);
        for (Observable o : List.of(group, document, coder, attribute, value, includeInterviewer)) {
            o.addListener(x -> publish());
        }
        reload();
    }

    private record Options(List<String> groups, List<Document> documents, List<Coder> coders, List<Attribute> attributes) {
    }

    private void reload() {
        session.read(p -> new Options(p.retrieval().groups(), p.documents().list(), p.retrieval().coders(),
                p.participants().attributes()), o -> {
            groups.setAll(o.groups());
            documents.setAll(o.documents());
            coders.setAll(o.coders());
            attributes.setAll(o.attributes());
        });
    }

    private void publish() {
        Attribute a = attribute.get();
        String v = value.get() == null ? "" : value.get().strip();
        choice.set(new FilterChoice(blankToNull(group.get()), document.get() == null ? null : document.get().id(),
                coder.get() == null ? null : coder.get().id(), a == null || v.isEmpty() ? null : a.name(),
                a == null || v.isEmpty() ? null : v, includeInterviewer.get()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Sets every choice back to "any". */
    public void clear() {
        group.set(null);
        document.set(null);
        coder.set(null);
        attribute.set(null);
        value.set("");
        includeInterviewer.set(false);
    }

    public ReadOnlyObjectProperty<FilterChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public ObservableList<String> groups() {
        return groups;
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObservableList<Coder> coders() {
        return coders;
    }

    public ObservableList<Attribute> attributes() {
        return attributes;
    }

    public StringProperty groupProperty() {
        return group;
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    public ObjectProperty<Coder> coderProperty() {
        return coder;
    }

    public ObjectProperty<Attribute> attributeProperty() {
        return attribute;
    }

    /** The attribute value typed by the user (for example «Sosialt arbeid»); blank means any. */
    public StringProperty valueProperty() {
        return value;
    }

    public BooleanProperty includeInterviewerProperty() {
        return includeInterviewer;
    }
}
