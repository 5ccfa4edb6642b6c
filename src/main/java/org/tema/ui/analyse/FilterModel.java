package org.tema.ui.analyse;

import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.tema.model.Attribute;
import org.tema.model.Coder;
import org.tema.model.Document;
import org.tema.ui.common.ProjectSession;

/**
 * The filter shared by the analysis tabs: the choices offered (groups, transcripts, coders,
 * participant attributes and the values the chosen attribute has, reloaded after every change) and
 * the chosen ones, several per field, published as one {@link FilterChoice} that the tabs reload on.
 */
public final class FilterModel {
    private final ProjectSession session;
    /** Kept so that the weak change listener lives as long as this model. */
    private final Object changes;
    private final MultiChoice<String, String> groups = new MultiChoice<>(g -> g, g -> g);
    private final MultiChoice<Document, Long> documents = new MultiChoice<>(Document::id, Document::name);
    private final MultiChoice<Coder, Long> coders = new MultiChoice<>(Coder::id, Coder::name);
    private final ObservableList<Attribute> attributes = FXCollections.observableArrayList();
    private final ObjectProperty<Attribute> attribute = new SimpleObjectProperty<>();
    private final MultiChoice<String, String> values = new MultiChoice<>(v -> v, v -> v);
    private final BooleanProperty includeInterviewer = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<FilterChoice> choice = new ReadOnlyObjectWrapper<>(FilterChoice.ANY);
    /** True while {@link #clear()} resets the fields one by one. */
    private boolean clearing;

    public FilterModel(ProjectSession session) {
        this.session = session;
        changes = session.onChange(this::reload);
        for (MultiChoice<?, ?> field : List.of(groups, documents, coders, values)) {
            field.chosenKeys().addListener((SetChangeListener<Object>) c -> publish());
        }
        attribute.addListener((o, a, b) -> {
            values.clear();
            reloadValues();
        });
        includeInterviewer.addListener(x -> publish());
        reload();
    }

    private record Options(List<String> groups, List<Document> documents, List<Coder> coders, List<Attribute> attributes) {
    }

    private void reload() {
        session.read(p -> new Options(p.retrieval().groups(), p.documents().list(), p.retrieval().coders(),
                p.participants().attributes()), o -> {
            groups.offer(o.groups());
            documents.offer(o.documents());
            coders.offer(o.coders());
            attributes.setAll(o.attributes());
            if (attribute.get() != null && !o.attributes().contains(attribute.get())) {
                attribute.set(null);
            } else {
                reloadValues();
            }
        });
    }

    private void reloadValues() {
        Attribute a = attribute.get();
        if (a == null) {
            values.offer(List.of());
            return;
        }
        session.read(p -> p.retrieval().valuesOf(a), list -> {
            if (a.equals(attribute.get())) {
                values.offer(list);
            }
        });
    }

    private void publish() {
        if (clearing) {
            return;
        }
        Attribute a = attribute.get();
        boolean byAttribute = a != null && !values.chosenKeys().isEmpty();
        choice.set(new FilterChoice(groups.chosen(), documents.chosen(), coders.chosen(), byAttribute ? a.name() : null,
                byAttribute ? values.chosen() : Set.of(), includeInterviewer.get()));
    }

    /** Sets every field back to "any", publishing the choice once. */
    public void clear() {
        clearing = true;
        try {
            groups.clear();
            documents.clear();
            coders.clear();
            attribute.set(null);
            values.clear();
            includeInterviewer.set(false);
        } finally {
            clearing = false;
        }
        publish();
    }

    public ReadOnlyObjectProperty<FilterChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public MultiChoice<String, String> groups() {
        return groups;
    }

    public MultiChoice<Document, Long> documents() {
        return documents;
    }

    public MultiChoice<Coder, Long> coders() {
        return coders;
    }

    public ObservableList<Attribute> attributes() {
        return attributes;
    }

    /** The attribute whose values are chosen in {@link #values()}; null for none. */
    public ObjectProperty<Attribute> attributeProperty() {
        return attribute;
    }

    /** The values that participants have of the chosen attribute, several of which may be chosen. */
    public MultiChoice<String, String> values() {
        return values;
    }

    public BooleanProperty includeInterviewerProperty() {
        return includeInterviewer;
    }
}
