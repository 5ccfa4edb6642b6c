package org.tema.io.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tema.io.transcript.RandomWordXml.run;
import static org.tema.io.transcript.RandomWordXml.t;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the streaming Word reader deliberately reads differently from POI's XWPF (decision record 0310). */
class DocxStreamingChoicesTest {
    private static final String BOLD = "<w:b/>";
    @TempDir
    Path dir;

    private List<Paragraph> read(String body) throws Exception {
        return new DocxReader().read(DocxStreamingEquivalenceTest.document(dir, "d.docx", body));
    }

    private static String p(String content) {
        return "<w:p>" + content + "</w:p>";
    }

    @Test
    void footnoteAndEndnoteReferencesAreLeftOut() throws Exception {
        List<Paragraph> ps = read(p(run(BOLD, t("Anne:")) + run("", t(" Ja.")) + run("<w:vertAlign w:val=\"superscript\"/>",
                "<w:footnoteReference w:id=\"1\"/>") + run("", "<w:endnoteReference w:id=\"2\"/>" + t(" Nei."))));
        assertEquals(List.of(Paragraph.labelled("Anne", "Anne: Ja. Nei.")), ps);
    }

    @Test
    void paragraphsInABlockContentControlAreParagraphsWithTheirOwnLabels() throws Exception {
        List<Paragraph> ps = read("<w:sdt><w:sdtPr><w:alias w:val=\"Utskrift\"/></w:sdtPr><w:sdtContent>"
                + p(run(BOLD, t("Anne:")) + run("", t(" Ja."))) + p(run(BOLD, t("Berit:")) + run("", t(" Nei."))) + "</w:sdtContent></w:sdt>");
        assertEquals(List.of(Paragraph.labelled("Anne", "Anne: Ja."), Paragraph.labelled("Berit", "Berit: Nei.")), ps);
    }

    @Test
    void aCellsParagraphsAndNestedTableAreJoinedBySpaces() throws Exception {
        String nested = "<w:tbl><w:tr><w:tc>" + p(run("", t("indre"))) + "</w:tc><w:tc>" + p(run("", t("tabell"))) + "</w:tc></w:tr></w:tbl>";
        List<Paragraph> ps = read("<w:tbl><w:tr><w:tc>" + p(run("", t("Bjørn"))) + "</w:tc><w:tc>" + p(run("", t("Først dette."))) + p("")
                + p(run("", t("Så dette."))) + nested + "</w:tc></w:tr></w:tbl>");
        assertEquals(List.of(Paragraph.labelled("Bjørn", "Bjørn: Først dette. Så dette. indre tabell")), ps);
    }

    @Test
    void textBoxesAndDrawingsAreLeftOut() throws Exception {
        String box = "<w:txbxContent>" + p(run("", t("BOKS"))) + "</w:txbxContent>";
        List<Paragraph> ps = read(p(run("", t("Før ")) + run("", "<w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>" + box
                + "</v:textbox></v:shape></w:pict>") + run("", "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<mc:Choice Requires=\"wps\"><w:drawing>" + box + "</w:drawing></mc:Choice><mc:Fallback>" + box + "</mc:Fallback></mc:AlternateContent>")
                + run("", "<w:drawing>" + box + "</w:drawing>" + t("etter."))));
        assertEquals(List.of(Paragraph.of("Før etter.")), ps);
    }

    @Test
    void deletedAndMovedAwayTextIsLeftOutAndDoesNotMakeALabel() throws Exception {
        String del = "<w:del w:id=\"1\" w:author=\"A\">" + run(BOLD, "<w:delText>Gammel:</w:delText>") + "</w:del>";
        String moveFrom = "<w:moveFrom w:id=\"2\" w:author=\"A\">" + run("", t(" flyttet")) + "</w:moveFrom>";
        String moveTo = "<w:moveTo w:id=\"3\" w:author=\"A\">" + run("", t(" hit")) + "</w:moveTo>";
        assertEquals(List.of(Paragraph.labelled("Anne", "Anne: Ja" + " hit.")),
                read(p(del + run(BOLD, t("Anne:")) + run("", t(" Ja")) + moveFrom + moveTo + run("", t(".")))));
    }

    @Test
    void aBoldLabelInsideAnInlineContentControlOrCustomXmlCounts() throws Exception {
        assertEquals(List.of(Paragraph.labelled("Anne", "Anne: Ja.")),
                read(p("<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>" + run(BOLD, t("Anne:")) + "</w:sdtContent></w:sdt>" + run("", t(" Ja.")))));
        assertEquals(List.of(Paragraph.labelled("Berit", "Berit: Nei.")),
                read(p("<w:customXml w:element=\"navn\">" + run(BOLD, t("Berit:")) + "</w:customXml>" + run("", t(" Nei.")))));
    }

    @Test
    void boldOnlyByCharacterStyleOrAFormattingChangeIsNotALabel() throws Exception {
        assertEquals(List.of(Paragraph.of("Anne: Ja.")),
                read(p(run("<w:rStyle w:val=\"Sterk\"/><w:rPrChange w:id=\"1\" w:author=\"A\"><w:rPr><w:b/></w:rPr></w:rPrChange>", t("Anne:"))
                        + run("", t(" Ja.")))));
    }

    @Test
    void rubyShowsItsBaseTextOnly() throws Exception {
        assertEquals(List.of(Paragraph.of("東京 i Japan")), read(p(run("", "<w:ruby><w:rubyPr/><w:rt>" + run("", t("とうきょう"))
                + "</w:rt><w:rubyBase>" + run("", t("東京")) + "</w:rubyBase></w:ruby>") + run("", t(" i Japan")))));
    }
}
