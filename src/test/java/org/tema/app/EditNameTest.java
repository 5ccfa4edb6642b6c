package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tema.TestProjects;
import org.tema.model.Code;

class EditNameTest {
    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EditNameTest.class.getResourceAsStream("/org/tema/app/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<Integer> placeholders(String template) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void bothBundlesHoldExactlyTheKeysOfEveryKindOfEdit() throws IOException {
        Set<String> keys = Arrays.stream(EditKey.values()).map(EditKey::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, new TreeSet<>(load("edits.properties").stringPropertyNames()));
        assertEquals(keys, new TreeSet<>(load("edits_nb.properties").stringPropertyNames()));
    }

    @ParameterizedTest
    @EnumSource(EditKey.class)
    void bothTemplatesTakeExactlyTheArgumentsOfTheirKey(EditKey key) throws IOException {
        Set<Integer> expected = IntStream.range(0, key.arguments()).boxed().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, placeholders(load("edits.properties").getProperty(key.key())), "English " + key.key());
        assertEquals(expected, placeholders(load("edits_nb.properties").getProperty(key.key())), "bokmål " + key.key());
    }

    @ParameterizedTest
    @EnumSource(EditKey.class)
    void everyNameShowsItsArgumentsAndNoTemplateSyntaxInBothLanguages(EditKey key) {
        Object[] args = IntStream.range(0, key.arguments()).mapToObj(i -> "Arg" + i + " O'Brien").toArray();
        EditName name = EditName.of(key, args);
        for (String shown : new String[] {name.english(), name.in(NB)}) {
            String rest = shown;
            for (Object a : args) {
                assertTrue(shown.contains((String) a), shown + " shows " + a);
                rest = rest.replace((String) a, "");
            }
            assertFalse(rest.isBlank() || rest.contains("{") || rest.contains("}") || rest.contains("'"),
                    shown + " has template syntax left");
        }
    }

    @Test
    void everyKindOfEditIsNamedSomewhereInTheApp() throws IOException {
        String source;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/tema/app"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("EditKey.java")).toList()) {
                all.append(Files.readString(f));
            }
            source = all.toString();
        }
        Set<String> unused = Arrays.stream(EditKey.values()).map(EditKey::name)
                .filter(k -> !source.contains("EditKey." + k)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unused.isEmpty(), () -> "Edit names no edit uses: " + unused);
    }

    @Test
    void aNameIsRenderedInEnglishAndInBokmaal() {
        EditName rename = EditName.of(EditKey.CODE_RENAME, "Tillit");
        assertEquals("Rename code «Tillit»", rename.english());
        assertEquals("Gi koden «Tillit» nytt navn", rename.in(NB));
        assertEquals("Autokod 12 utdrag med «Mentor»", EditName.of(EditKey.CODE_AUTO, 12, "Mentor").in(NB));
        assertEquals("Auto-code 1200 passage(s) with «Mentor»", EditName.of(EditKey.CODE_AUTO, 1200, "Mentor").english());
    }

    @Test
    void historyNamesTheNextUndoAndRedoInEnglishOrInBokmaal(@TempDir Path dir) {
        try (Project p = TestProjects.withInterview(dir)) {
            Code trust = p.codeBook().add(null, "1", "Tillit");
            p.codeBook().rename(trust.id(), "Relasjon og tillit");
            assertEquals("Rename code «Tillit»", p.history().undoName().orElseThrow());
            assertEquals("Gi koden «Tillit» nytt navn", p.history().undoName(NB).orElseThrow());
            assertEquals(EditName.of(EditKey.CODE_RENAME, "Tillit"), p.history().undoEditName().orElseThrow());
            p.history().undo();
            assertEquals("Gi koden «Tillit» nytt navn", p.history().redoName(NB).orElseThrow());
            assertEquals("Legg til koden «Tillit»", p.history().undoName(NB).orElseThrow());
            assertEquals("Add code «Tillit»", p.history().undoName(Locale.ENGLISH).orElseThrow());
        }
    }

    @Test
    void nynorskAndNorwegianGetBokmaalAndOtherLanguagesEnglish() {
        EditName apply = EditName.of(EditKey.CODING_APPLY);
        assertEquals("Kod utdraget", apply.in(Locale.forLanguageTag("nn")));
        assertEquals("Kod utdraget", apply.in(Locale.forLanguageTag("no-NO")));
        assertEquals("Kod utdraget", apply.in(Locale.forLanguageTag("nb-NO")));
        assertEquals("Apply code", apply.in(Locale.GERMAN));
        assertEquals("Apply code", apply.toString());
    }

    @Test
    void aNameWithTheWrongNumberOfArgumentsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EditName.of(EditKey.CODE_MERGE, "only one"));
        assertThrows(IllegalArgumentException.class, () -> EditName.of(EditKey.CODING_APPLY, "extra"));
    }
}
