package org.tema.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveAWriteAndARead() {
        SettingsStore store = new SettingsStore(dir.resolve("tema/settings.json"));
        Settings s = new Settings();
        s.languageProperty().set("nb");
        s.darkProperty().set(true);
        s.remember("/a.tema");
        s.remember("/b.tema");
        s.remember("/a.tema");
        store.save(s.toJson());
        Settings back = Settings.fromJson(store.load());
        assertEquals("nb", back.languageProperty().get());
        assertEquals(true, back.darkProperty().get());
        assertEquals(List.of("/a.tema", "/b.tema"), back.recentProjects());
        assertEquals(Locale.forLanguageTag("nb"), back.effectiveLocale());
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        assertEquals(SettingsJson.DEFAULTS, store.load());
        Files.writeString(store.file(), "{ not json");
        assertEquals(SettingsJson.DEFAULTS, store.load());
        assertFalse(Settings.fromJson(store.load()).darkProperty().get());
    }

    @Test
    void theRecentListIsKeptShort() {
        Settings s = new Settings();
        for (int i = 0; i < 20; i++) {
            s.remember("/p" + i + ".tema");
        }
        assertEquals(Settings.MAX_RECENT, s.recentProjects().size());
        assertEquals("/p19.tema", s.recentProjects().get(0));
    }

    @Test
    void windowDividersAndProjectMemoriesSurviveAWriteAndARead() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings s = new Settings();
        s.windowProperty().set(new WindowState(120, 80, 1200, 760, true));
        s.dividers().put("coding-main", List.of(0.2, 0.8));
        s.dividers().put("coding-codes", List.of(0.55));
        s.updateProject("/p/a.tema", m -> m.withPinnedKeys(Map.of(1, "guid-b", 4, "guid-a")).withLastPhase("CATEGORISE"));
        store.save(s.toJson());
        Settings back = Settings.fromJson(store.load());
        assertEquals(new WindowState(120, 80, 1200, 760, true), back.windowProperty().get());
        assertEquals(List.of(0.2, 0.8), back.dividers().get("coding-main"));
        assertEquals(List.of(0.55), back.dividers().get("coding-codes"));
        assertEquals(Map.of(1, "guid-b", 4, "guid-a"), back.project("/p/a.tema").pinnedKeys());
        assertEquals("CATEGORISE", back.project("/p/a.tema").lastPhase());
        assertEquals(ProjectMemory.EMPTY, back.project("/p/other.tema"));
    }

    @Test
    void anUnreadableFileGivesTheDefaultsAndIsKeptAsideUntouched() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        String broken = "{ \"language\": \"nb\", \"dark\": tru";
        Files.writeString(store.file(), broken);
        assertEquals(SettingsJson.DEFAULTS, store.load());
        assertEquals(broken, Files.readString(store.brokenFile()));
        assertFalse(Files.exists(store.file()));
        store.save(new Settings().toJson());
        assertEquals(broken, Files.readString(store.brokenFile()), "saving again does not touch the kept file");
    }

    @Test
    void anEmptyOrNullFileGivesTheDefaults() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Files.writeString(store.file(), "null");
        assertEquals(SettingsJson.DEFAULTS, store.load());
        Files.writeString(store.file(), "");
        assertEquals(SettingsJson.DEFAULTS, store.load());
    }

    @Test
    void anOlderFileWithoutTheNewEntriesGivesTheirDefaults() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Files.writeString(store.file(), "{\"language\":\"nb\",\"dark\":true,\"recentProjects\":[\"/a.tema\"]}");
        Settings s = Settings.fromJson(store.load());
        assertEquals("nb", s.languageProperty().get());
        assertNull(s.windowProperty().get());
        assertTrue(s.dividers().isEmpty());
        assertTrue(s.projects().isEmpty());
    }

    @Test
    void handEditedNonsenseIsIgnoredEntryByEntry() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Files.writeString(store.file(), """
                {"window": {"x": 10, "y": 10, "width": 0, "height": 500, "maximised": false},
                 "dividers": {"good": [0.3], "negative": [-0.2], "huge": [4.0]},
                 "projects": {"/a.tema": {"pinnedKeys": {"1": "g1", "12": "g12", "3": ""}, "lastPhase": null}}}
                """);
        Settings s = Settings.fromJson(store.load());
        assertNull(s.windowProperty().get());
        assertEquals(Map.of("good", List.of(0.3)), Map.copyOf(s.dividers()));
        assertEquals(Map.of(1, "g1"), s.project("/a.tema").pinnedKeys());
        assertEquals("", s.project("/a.tema").lastPhase());
    }

    @Test
    void onlyTheMostRecentlyUsedProjectsAreRemembered() {
        Settings s = new Settings();
        for (int i = 0; i < Settings.MAX_PROJECTS + 5; i++) {
            int n = i;
            s.updateProject("/p" + i + ".tema", m -> m.withLastPhase("CODE" + n));
        }
        s.updateProject("/p5.tema", m -> m.withLastPhase("REPORT"));
        assertEquals(Settings.MAX_PROJECTS, s.projects().size());
        assertFalse(s.projects().containsKey("/p0.tema"));
        assertEquals("REPORT", s.project("/p5.tema").lastPhase());
        s.updateProject("/new.tema", m -> m);
        assertTrue(s.projects().containsKey("/p5.tema"), "using a project keeps it");
        assertFalse(s.projects().containsKey("/p6.tema"));
    }

    @Test
    void aProjectIsRememberedByItsAbsolutePath() {
        assertEquals(dir.resolve("a.tema").toString(), Settings.projectKey(dir.resolve("x/../a.tema")));
    }

    @Test
    void everyKindOfChangeAsksForASave() {
        Settings s = new Settings();
        int[] changes = {0};
        s.onChange(() -> changes[0]++);
        s.darkProperty().set(true);
        s.windowProperty().set(new WindowState(0, 0, 800, 600, false));
        s.dividers().put("x", List.of(0.5));
        s.updateProject("/a.tema", m -> m.withLastPhase("CODE"));
        s.remember("/a.tema");
        assertTrue(changes[0] >= 5, "changes seen: " + changes[0]);
    }
}
