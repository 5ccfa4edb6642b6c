package org.tema.ui.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.tema.model.Code;
import org.tema.ui.common.Settings;

/**
 * Keys 1-9 and the codes on them. Until the analyst pins a code, the keys hold the first nine codes
 * without subcodes, in tree order. Once pinned, the choice is kept by the codes' GUIDs in a
 * {@link Memory} (restored when the project opens again); a key whose code no longer exists is
 * dropped without a word, the others keep their codes.
 */
public final class PinnedKeys {
    public static final int KEYS = 9;
    private final Memory memory;
    private final ObservableMap<Integer, Code> shown = FXCollections.observableMap(new TreeMap<>());
    /** The analyst's choice, key to code GUID; empty while the keys follow the tree. */
    private final Map<Integer, String> chosen = new TreeMap<>();
    private List<CodeNode> codes = List.of();

    /** Where the analyst's choice is kept between sessions. */
    public interface Memory {
        Map<Integer, String> load();

        void save(Map<Integer, String> keysToGuids);

        /** Keeps nothing: the keys start from the tree each time. */
        Memory NONE = new Memory() {
            @Override
            public Map<Integer, String> load() {
                return Map.of();
            }

            @Override
            public void save(Map<Integer, String> keysToGuids) {
            }
        };

        /** Keeps the choice in the user's settings, under the project's key. */
        static Memory in(Settings settings, String projectKey) {
            return new Memory() {
                @Override
                public Map<Integer, String> load() {
                    return settings.project(projectKey).pinnedKeys();
                }

                @Override
                public void save(Map<Integer, String> keysToGuids) {
                    settings.updateProject(projectKey, m -> m.withPinnedKeys(keysToGuids));
                }
            };
        }
    }

    public PinnedKeys(Memory memory) {
        this.memory = memory;
        chosen.putAll(memory.load());
    }

    /** The codes on the keys, in key order; keys without a code are absent. */
    public ObservableMap<Integer, Code> shown() {
        return shown;
    }

    public Optional<Code> on(int key) {
        return Optional.ofNullable(shown.get(key));
    }

    /** Follows a new state of the code tree: renamed codes are shown by their new names, deleted ones vanish. */
    public void update(List<CodeNode> tree) {
        codes = List.copyOf(tree);
        show();
    }

    /**
     * Puts a code on a key (1-9). If the code was on another key, the code that held this key
     * moves there; nothing else moves.
     */
    public void pin(Code code, int key) {
        if (key < 1 || key > KEYS) {
            return;
        }
        fixShownKeys();
        Integer from = chosen.entrySet().stream().filter(e -> e.getValue().equals(code.guid()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        String displaced = chosen.put(key, code.guid());
        if (from != null && from != key) {
            chosen.remove(from);
            if (displaced != null) {
                chosen.put(from, displaced);
            }
        }
        remember();
    }

    /** Takes the code off a key. */
    public void unpin(int key) {
        fixShownKeys();
        chosen.remove(key);
        remember();
    }

    /** The key a code is on, if any. */
    public Optional<Integer> keyOf(Code code) {
        return shown.entrySet().stream().filter(e -> e.getValue().id() == code.id()).map(Map.Entry::getKey).findFirst();
    }

    /** The first change to the keys starts from what they show, so the keys that follow the tree stay put. */
    private void fixShownKeys() {
        if (chosen.isEmpty()) {
            shown.forEach((k, c) -> chosen.put(k, c.guid()));
        }
    }

    private void remember() {
        show();
        Map<Integer, String> existing = new TreeMap<>();
        shown.forEach((k, c) -> existing.put(k, c.guid()));
        chosen.keySet().retainAll(existing.keySet());
        memory.save(existing);
    }

    private void show() {
        Map<Integer, Code> next = new TreeMap<>();
        if (chosen.isEmpty()) {
            List<Code> leaves = codes.stream().filter(n -> n.children().isEmpty()).map(CodeNode::code).limit(KEYS).toList();
            for (int i = 0; i < leaves.size(); i++) {
                next.put(i + 1, leaves.get(i));
            }
        } else {
            Map<String, Code> byGuid = new HashMap<>();
            codes.forEach(n -> byGuid.put(n.code().guid(), n.code()));
            chosen.forEach((k, guid) -> {
                if (byGuid.containsKey(guid)) {
                    next.put(k, byGuid.get(guid));
                }
            });
        }
        if (!next.equals(shown)) {
            shown.clear();
            shown.putAll(next);
        }
    }
}
