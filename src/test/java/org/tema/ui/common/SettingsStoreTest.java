package org.tema.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
}
