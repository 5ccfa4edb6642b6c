package org.tema.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Colours;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.SearchHit;
import org.tema.model.Segment;
import org.tema.model.SpeakerTurn;
import org.tema.model.TextRange;

/**
 * Codes many passages with one code in one step: every hit of a text search or of a regular
 * expression (the hit itself, or the whole speaker turn it lies in), or every turn of a speaker.
 * First a preview, then {@link #apply} as one undoable edit; the code is created when none has that
 * name or number.
 */
public final class AutoCoding {
    /** What of the text around a hit is coded. */
    public enum Scope { HIT, TURN }

    /** One passage the auto-coding would code; {@code alreadyCoded} when the code is on exactly it already. */
    public record Hit(long documentId, String documentName, int start, int end, String snippet, boolean alreadyCoded) {
    }

    /** What {@link #apply} would do: the code (existing or to be made) and the passages. */
    public record Preview(String codeName, Optional<Code> existingCode, List<Hit> hits) {
        public Preview {
            hits = List.copyOf(hits);
        }

        /** The passages not coded yet: those {@link #apply} adds. */
        public List<Hit> newHits() {
            return hits.stream().filter(h -> !h.alreadyCoded()).toList();
        }

        /** The same preview with only the hits the analyst kept. */
        public Preview keeping(List<Hit> kept) {
            return new Preview(codeName, existingCode, hits.stream().filter(kept::contains).toList());
        }
    }

    /** What was done: the code used and how many passages were coded. */
    public record Result(Code code, int coded) {
    }

    private static final int SNIPPET_CONTEXT = 40;
    private final Stores stores;
    private final History history;
    private final CoderIdentity coder;

    public AutoCoding(Stores stores, History history, CoderIdentity coder) {
        this.stores = stores;
        this.history = history;
        this.coder = coder;
    }

    /** Every hit of a full-text search (words, "phrases", prefix*). */
    public Preview previewSearch(String codeName, String query, Scope scope) {
        List<Found> found = new ArrayList<>();
        for (SearchHit h : stores.search().search(query)) {
            found.add(new Found(h.documentId(), new TextRange(h.start(), h.end())));
        }
        return preview(codeName, found, scope);
    }

    /** Every match of a regular expression (Java syntax) in every transcript; empty matches are skipped. */
    public Preview previewPattern(String codeName, String regex, Scope scope) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("«" + regex + "» is not a valid regular expression: " + e.getDescription());
        }
        List<Found> found = new ArrayList<>();
        for (Document d : stores.documents().list()) {
            Matcher m = pattern.matcher(stores.documents().text(d.id()));
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Found(d.id(), new TextRange(m.start(), m.end())));
                }
            }
        }
        return preview(codeName, found, scope);
    }

    /** Every turn of a speaker, named by the label in the transcript or by the participant's pseudonym. */
    public Preview previewSpeaker(String codeName, String speaker) {
        String wanted = speaker.strip();
        Set<Long> participants = new HashSet<>();
        stores.participants().list().stream().filter(p -> p.pseudonym().equalsIgnoreCase(wanted))
                .map(Participant::id).forEach(participants::add);
        List<Found> found = stores.turns().list().stream()
                .filter(t -> t.end() > t.start())
                .filter(t -> t.speaker().strip().equalsIgnoreCase(wanted) || participants.contains(t.participantId()))
                .map(t -> new Found(t.documentId(), t.range())).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No speaker turn of «" + wanted + "» was found");
        }
        return preview(codeName, found, Scope.HIT);
    }

    /** Codes the preview's new passages (creating the code if needed) as one undoable edit. */
    public Result apply(Preview preview) {
        List<Hit> hits = preview.newHits();
        Optional<Code> existing = preview.existingCode().flatMap(c -> stores.codes().find(c.id()));
        if (preview.existingCode().isPresent() && existing.isEmpty()) {
            throw new IllegalStateException("The code «" + preview.codeName() + "» was deleted after the preview; preview again");
        }
        for (Hit h : hits) {
            if (!new TextRange(h.start(), h.end()).fitsIn(stores.documents().text(h.documentId()))) {
                throw new IllegalStateException("The text of «" + h.documentName() + "» changed after the preview; preview again");
            }
        }
        Code draft = existing.orElseGet(() -> new Code(0, Guids.next(), null, "", preview.codeName().strip(),
                Colours.forIndex(stores.codes().count()), CodeDefinition.EMPTY, "", "", stores.codes().nextPosition(null)));
        long coderId = stores.coders().obtain(coder.name()).id();
        Instant now = Instant.now();
        long[] codeId = {draft.id()};
        List<Segment> inserted = new ArrayList<>();
        history.perform(Edit.of(EditName.of(EditKey.CODE_AUTO, hits.size(), draft.name()), () -> {
            if (existing.isEmpty()) {
                codeId[0] = stores.codes().insert(codeId[0] == 0 ? draft : CodeCopies.withId(draft, codeId[0]));
            }
            if (inserted.isEmpty()) {
                for (Hit h : hits) {
                    Segment s = new Segment(0, Guids.next(), h.documentId(), codeId[0], h.start(), h.end(), coderId, now, "", false);
                    inserted.add(new Segment(stores.segments().insert(s), s.guid(), s.documentId(), s.codeId(), s.start(),
                            s.end(), coderId, now, "", false));
                }
            } else {
                inserted.forEach(stores.segments()::insert);
            }
        }, () -> {
            inserted.forEach(s -> stores.segments().delete(s.id()));
            if (existing.isEmpty()) {
                stores.codes().delete(codeId[0]);
            }
        }));
        return new Result(stores.codes().find(codeId[0]).orElseThrow(), hits.size());
    }

    private record Found(long documentId, TextRange range) {
    }

    private record Place(long documentId, TextRange range) {
    }

    private Preview preview(String codeName, List<Found> found, Scope scope) {
        if (codeName == null || codeName.isBlank()) {
            throw new IllegalArgumentException("Auto-coding needs the name of a code");
        }
        Optional<Code> code = findCode(codeName.strip());
        List<Hit> hits = new ArrayList<>();
        Set<Place> seen = new HashSet<>();
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingLong(Found::documentId).thenComparingInt(f -> f.range().start()));
        long currentDocument = -1;
        String text = "";
        String name = "";
        List<SpeakerTurn> turns = List.of();
        for (Found f : sorted) {
            if (f.documentId() != currentDocument) {
                currentDocument = f.documentId();
                text = stores.documents().text(currentDocument);
                name = stores.documents().find(currentDocument).map(Document::name).orElse("");
                turns = scope == Scope.TURN ? stores.turns().ofDocument(currentDocument) : List.of();
            }
            TextRange r = scope == Scope.TURN ? turnAround(turns, f.range()) : f.range();
            if (seen.add(new Place(f.documentId(), r))) {
                boolean coded = code.isPresent()
                        && stores.segments().find(f.documentId(), code.get().id(), r.start(), r.end()).isPresent();
                hits.add(new Hit(f.documentId(), name, r.start(), r.end(), snippet(text, r), coded));
            }
        }
        return new Preview(codeName.strip(), code, hits);
    }

    private Optional<Code> findCode(String numberOrName) {
        List<Code> codes = stores.codes().list();
        return codes.stream().filter(c -> c.number().equals(numberOrName)).findFirst()
                .or(() -> codes.stream().filter(c -> c.name().equalsIgnoreCase(numberOrName)).findFirst());
    }

    private static TextRange turnAround(List<SpeakerTurn> turns, TextRange hit) {
        return turns.stream().filter(t -> t.start() <= hit.start() && hit.start() < t.end()).findFirst()
                .map(SpeakerTurn::range).orElse(hit);
    }

    private static String snippet(String text, TextRange r) {
        int from = Math.max(0, r.start() - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), r.end() + SNIPPET_CONTEXT);
        from = Character.isLowSurrogate(text.charAt(from)) ? from - 1 : from;
        to = to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to + 1 : to;
        return ((from > 0 ? "…" : "") + text.substring(from, r.start()) + "[" + text.substring(r.start(), r.end()) + "]"
                + text.substring(r.end(), to) + (to < text.length() ? "…" : "")).replace('\n', ' ');
    }
}
