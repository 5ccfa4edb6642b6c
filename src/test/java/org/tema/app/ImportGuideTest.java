package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.Code;

class ImportGuideTest {
    @TempDir
    Path dir;

    @Test
    void questionsBecomeNumberedCodesUnderThemeCodesAndReimportUpdates() throws Exception {
        Path f = Files.writeString(dir.resolve("guide.md"), "## Innledning\n1. Hvor lenge har dere jobbet i tjenesten, og hva gjorde dere før dere begynte?\n"
                + "   - Fagbakgrunn?\n## Avslutning\n2. Noe mer?\n");
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            ImportGuide.Result r = new ImportGuide(p).run(f);
            assertEquals(new ImportGuide.Result(2, 2, 0), r);
            Code one = p.codeBook().find("1");
            Code theme = p.codeBook().get(one.parentId());
            assertEquals("Innledning", theme.name());
            assertEquals("Hvor lenge har dere jobbet i tjenesten, og hva gjorde dere…", one.name());
            assertEquals("Hvor lenge har dere jobbet i tjenesten, og hva gjorde dere før dere begynte?\n- Fagbakgrunn?",
                    one.definition().description());
            Files.writeString(f, Files.readString(f).replace("Noe mer?", "Noe mer dere vil si?"));
            assertEquals(new ImportGuide.Result(2, 0, 2), new ImportGuide(p).run(f));
            assertEquals(4, p.codeBook().codes().size());
            assertEquals("Noe mer dere vil si?", p.codeBook().find("2").definition().description());
        }
    }
}
