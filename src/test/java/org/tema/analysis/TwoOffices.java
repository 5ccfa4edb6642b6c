package org.tema.analysis;

import java.util.List;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.AttributeValue;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.CodedPassage;
import org.tema.model.Document;
import org.tema.model.Participant;

/**
 * A small hand-made project. Document 1 («Kontor A») has the turns Interviewer [0,50), Anne [60,200)
 * and Arild [210,300); document 2 («Kontor B») has Berit [0,100). Codes: 1 Trust, 2 Cooperation, 3 Time.
 * <pre>
 * s1 doc1 Trust       [60,100)  Anne       s2 doc1 Cooperation [80,120)  Anne (overlaps s1)
 * s3 doc1 Time        [150,190) Anne, coder 2 (same turn as s1, s2; overlaps neither)
 * s4 doc1 Trust       [210,250) Arild      s5 doc1 Cooperation [240,280) Arild (overlaps s4)
 * s6 doc2 Trust       [10,40)   Berit      s7 doc2 Time        [20,30)   Berit (inside s6)
 * s8 doc1 Cooperation [0,40)    Interviewer
 * s9 doc2 Trust       [30,60)   Berit (touches s7 at 30: no overlap; overlaps s6, the same code)
 * </pre>
 */
final class TwoOffices {
    static final Code TRUST = code(1, "1", "Trust");
    static final Code COOPERATION = code(2, "2", "Cooperation");
    static final Code TIME = code(3, "", "Time");
    static final List<Code> CODES = List.of(TRUST, COOPERATION, TIME);

    static final Participant ANNE = new Participant(1, "p1", "Anne", "Kontor A", false, "");
    static final Participant ARILD = new Participant(2, "p2", "Arild", "Kontor A", false, "");
    static final Participant BERIT = new Participant(3, "p3", "Berit", "Kontor B", false, "");
    static final Participant CAMILLA = new Participant(4, "p4", "Camilla", "Kontor C", false, "");
    static final Participant INTERVIEWER = new Participant(9, "p9", "Intervjuer", "", true, "");
    static final List<Participant> PARTICIPANTS = List.of(ANNE, ARILD, BERIT, CAMILLA, INTERVIEWER);

    static final Document DOC1 = new Document(1, "d1", "Kontor A", "a.txt", "txt", 60, "Kontor A", null, "");
    static final Document DOC2 = new Document(2, "d2", "Kontor B", "b.txt", "txt", 20, "Kontor B", null, "");
    static final List<Document> DOCUMENTS = List.of(DOC1, DOC2);

    static final Attribute PORTFOLIO = new Attribute(1, "a1", "portfolio", AttributeType.INTEGER);
    static final Attribute BACKGROUND = new Attribute(2, "a2", "background", AttributeType.TEXT);
    static final List<AttributeValue> VALUES = List.of(
            new AttributeValue(1, 1, "14"), new AttributeValue(2, 1, "93"), new AttributeValue(3, 1, "50"),
            new AttributeValue(9, 1, "0"),
            new AttributeValue(1, 2, "Sosialt arbeid"), new AttributeValue(2, 2, "Helse"),
            new AttributeValue(3, 2, "sosialt arbeid"), new AttributeValue(9, 2, "Sosialt arbeid"));

    static final CodedPassage S1 = anne(1, 1, 60, 100, 1);
    static final CodedPassage S2 = anne(2, 2, 80, 120, 1);
    static final CodedPassage S3 = anne(3, 3, 150, 190, 2);
    static final CodedPassage S4 = new CodedPassage(4, 1, 1, 210, 250, 1, 12L, "Arild", 2L, false, "Kontor A", "Kontor A");
    static final CodedPassage S5 = new CodedPassage(5, 1, 2, 240, 280, 1, 12L, "Arild", 2L, false, "Kontor A", "Kontor A");
    static final CodedPassage S6 = berit(6, 1, 10, 40);
    static final CodedPassage S7 = berit(7, 3, 20, 30);
    static final CodedPassage S8 = new CodedPassage(8, 1, 2, 0, 40, 1, 10L, "Intervjuer", 9L, true, "", "Kontor A");
    static final CodedPassage S9 = berit(9, 1, 30, 60);
    static final List<CodedPassage> PASSAGES = List.of(S1, S2, S3, S4, S5, S6, S7, S8, S9);

    private TwoOffices() {
    }

    static Code code(long id, String number, String name) {
        return new Code(id, "c" + id, null, number, name, "#E6194B", CodeDefinition.EMPTY, "", "", (int) id);
    }

    private static CodedPassage anne(long id, long code, int start, int end, long coder) {
        return new CodedPassage(id, 1, code, start, end, coder, 11L, "Anne", 1L, false, "Kontor A", "Kontor A");
    }

    private static CodedPassage berit(long id, long code, int start, int end) {
        return new CodedPassage(id, 2, code, start, end, 1, 20L, "Berit", 3L, false, "Kontor B", "Kontor B");
    }
}
