package org.tema.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.ui.common.Settings;

class PinnedKeysTest {
    private static Code code(long id, Long parent, String name) {
        return new Code(id, "guid-" + name, parent, "", name, "#888888", null, "", "", (int) id);
    }

    /** Codes a..l without subcodes, and «parent» with one subcode «child». */
    private static List<Code> codes() {
        List<Code> all = new ArrayList<>(IntStream.range(0, 12).mapToObj(i -> code(i + 1, null, String.valueOf((char) ('a' + i)))).toList());
        all.add(0, code(100, null, "parent"));
        all.add(1, code(101, 100L, "child"));
        return all;
    }

    private static List<CodeNode> tree(List<Code> codes) {
        return CodeNode.flatten(CodeNode.forest(codes, Map.of()));
    }

    private static Map<Integer, String> names(PinnedKeys keys) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        keys.shown().forEach((k, c) -> out.put(k, c.name()));
        return out;
    }

    private static Code named(String name) {
        return codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void untilTheAnalystPinsTheKeysHoldTheFirstNineCodesWithoutSubcodes() {
        PinnedKeys keys = new PinnedKeys(PinnedKeys.Memory.NONE);
        keys.update(tree(codes()));
        assertEquals(Map.of(1, "child", 2, "a", 3, "b", 4, "c", 5, "d", 6, "e", 7, "f", 8, "g", 9, "h"), names(keys));
    }

    @Test
    void pinningACodeOnAKeyMovesTheKeysFormerCodeToWhereThePinnedOneWas() {
        PinnedKeys keys = new PinnedKeys(PinnedKeys.Memory.NONE);
        keys.update(tree(codes()));
        keys.pin(named("d"), 2);
        assertEquals("d", keys.on(2).orElseThrow().name());
        assertEquals("a", keys.on(5).orElseThrow().name());
        assertEquals("b", keys.on(3).orElseThrow().name(), "other keys stay");
        keys.pin(named("k"), 3);
        assertEquals("k", keys.on(3).orElseThrow().name());
        assertTrue(keys.keyOf(named("b")).isEmpty(), "a code from outside the keys replaces the key's code");
    }

    @Test
    void unpinningEmptiesOnlyThatKey() {
        PinnedKeys keys = new PinnedKeys(PinnedKeys.Memory.NONE);
        keys.update(tree(codes()));
        keys.unpin(4);
        assertEquals(Optional.empty(), keys.on(4));
        assertEquals(8, keys.shown().size());
        keys.update(tree(codes()));
        assertEquals(Optional.empty(), keys.on(4), "a reload of the tree does not refill it");
    }

    @Test
    void theChoiceIsKeptByGuidAndComesBackInANewSession() {
        Settings settings = new Settings();
        PinnedKeys first = new PinnedKeys(PinnedKeys.Memory.in(settings, "/p/a.tema"));
        first.update(tree(codes()));
        first.pin(named("l"), 1);
        assertEquals("guid-l", settings.project("/p/a.tema").pinnedKeys().get(1));

        List<Code> reimported = codes().stream().map(c -> new Code(c.id() + 1000, c.guid(),
                c.parentId() == null ? null : c.parentId() + 1000, c.number(), c.name(), c.colour(), c.definition(),
                c.memo(), c.summary(), c.position())).toList();
        PinnedKeys second = new PinnedKeys(PinnedKeys.Memory.in(settings, "/p/a.tema"));
        assertTrue(second.shown().isEmpty(), "nothing is shown before the tree is loaded");
        second.update(tree(reimported));
        assertEquals("l", second.on(1).orElseThrow().name());
        assertEquals(1012, second.on(1).orElseThrow().id(), "found by GUID though the id changed");
        assertEquals(names(first), names(second));
    }

    @Test
    void aKeyWhoseCodeIsGoneIsDroppedAndTheOthersKeepTheirCodes() {
        Settings settings = new Settings();
        settings.updateProject("/p/a.tema", m -> m.withPinnedKeys(Map.of(1, "guid-c", 2, "guid-gone", 3, "guid-a")));
        PinnedKeys keys = new PinnedKeys(PinnedKeys.Memory.in(settings, "/p/a.tema"));
        keys.update(tree(codes()));
        assertEquals(Map.of(1, "c", 3, "a"), names(keys));
        keys.pin(named("e"), 5);
        assertEquals(Map.of(1, "guid-c", 3, "guid-a", 5, "guid-e"), settings.project("/p/a.tema").pinnedKeys());
    }

    @Test
    void aRenamedCodeIsShownByItsNewName() {
        PinnedKeys keys = new PinnedKeys(PinnedKeys.Memory.NONE);
        keys.update(tree(codes()));
        keys.pin(named("b"), 1);
        List<Code> renamed = codes().stream().map(c -> c.name().equals("b")
                ? new Code(c.id(), c.guid(), c.parentId(), "7", "Trust", c.colour(), new CodeDefinition("", "", "", ""), "", "", c.position())
                : c).toList();
        keys.update(tree(renamed));
        assertEquals("Trust", keys.on(1).orElseThrow().name());
    }
}
