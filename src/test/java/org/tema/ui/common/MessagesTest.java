package org.tema.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/tema/ui/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndBokmaalHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_nb.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern call = Pattern.compile("\"((?:app|menu|phase|status|start|dialog|error|task|drop|settings|speakers|prepare|coding"
                + "|categorise|report)\\.[a-zA-Z.]*[a-zA-Z])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/tema/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    if (!keys.contains(m.group(1)) && !m.group(1).endsWith(".json")) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "Missing texts: " + missing);
    }

    @Test
    void norwegianLanguagesGetBokmaalAndOthersEnglish() {
        assertEquals("Koding", Messages.of(Locale.forLanguageTag("nn")).get("phase.code"));
        assertEquals("Koding", Messages.of(Locale.forLanguageTag("nb-NO")).get("phase.code"));
        assertEquals("Coding", Messages.of(Locale.GERMAN).get("phase.code"));
        assertEquals("Tema — Kontor A", Messages.of(Locale.ENGLISH).format("app.titleWithProject", "Kontor A"));
    }
}
