package org.tema.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Colours;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.Segment;
import org.tema.model.SpeakerTurn;
import org.tema.model.WordCount;
import org.tema.store.CategoryRepository;
import org.tema.store.CodeRepository;
import org.tema.store.CoderRepository;
import org.tema.store.DocumentRepository;
import org.tema.store.ParticipantRepository;
import org.tema.store.ProjectFile;
import org.tema.store.SegmentRepository;
import org.tema.store.SpeakerTurnRepository;

/**
 * Builds a synthetic project at scale for benchmarks: transcripts of Norwegian-looking talk in speaker
 * turns, participants in groups, a two-level code tree, categories and coded passages. The same seed
 * gives the same project. Code 1 (the first leaf code) gets a fixed share of the passages so that
 * retrieval of "one code" has a known size.
 */
public final class SyntheticProject {
    /** The size of a synthetic project. */
    public record Size(int documents, int wordsPerDocument, int segments, int codes, int participants,
                       int segmentsOfFirstCode) {
        /** The benchmark project of the issues: 200 transcripts, 2 million words, 50,000 passages, 300 codes. */
        public static final Size FULL = new Size(200, 10_000, 50_000, 300, 30, 2_000);
        public static final Size SMALL = new Size(10, 1_000, 500, 30, 9, 50);
    }

    private static final String[] WORDS = ("og i jeg det at en som på er for med har de vi ikke til kandidaten "
            + "veileder oppfølging arbeid tillit møte digitalt fysisk kontor relasjon mentor bedrift samarbeid "
            + "utfordring erfaring altså liksom eh ja nei kanskje egentlig viktig ungdom plan mål skole helse "
            + "sosialt tid uke samtale telefon video hjem trygghet ansvar kollega leder rutine praksis læring "
            + "blåbær øyeblikk årsak være får går kommer tror synes måtte kunne ville skulle").split(" ");

    /** Rarer words after the common ones, drawn with a Zipf-like law as in real talk. */
    private static final String[] VOCABULARY = vocabulary();

    private SyntheticProject() {
    }

    private static String[] vocabulary() {
        String[] syllables = "ka ri mo le sta bu fjor gen ti vå ne sø ra pel hu dal trå mi".split(" ");
        String[] words = new String[WORDS.length + 3000];
        System.arraycopy(WORDS, 0, words, 0, WORDS.length);
        Random r = new Random(7);
        for (int i = WORDS.length; i < words.length; i++) {
            words[i] = syllables[r.nextInt(syllables.length)] + syllables[r.nextInt(syllables.length)]
                    + syllables[r.nextInt(syllables.length)] + (i % 97);
        }
        return words;
    }

    /** A word of rank about {@code rank} in the vocabulary's frequency order. */
    public static String wordOfRank(int rank) {
        return VOCABULARY[rank];
    }

    private static String word(Random random) {
        // Zipf with exponent 1: rank k has weight 1/k; inverse transform via exp(u * ln N).
        int rank = (int) Math.exp(random.nextDouble() * Math.log(VOCABULARY.length)) - 1;
        return VOCABULARY[Math.min(rank, VOCABULARY.length - 1)];
    }

    /** Creates {@code path} and fills it; returns the ids of the codes, first leaf code first. */
    public static List<Long> build(Path path, Size size, long seed) {
        try (ProjectFile file = ProjectFile.create(path)) {
            return fill(file, size, seed);
        }
    }

    public static List<Long> fill(ProjectFile file, Size size, long seed) {
        Random random = new Random(seed);
        return file.transactions().call(() -> {
            long coder = new CoderRepository(file).obtain("bench").id();
            List<Long> participants = participants(file, size);
            List<Long> codes = codes(file, size);
            DocumentRepository documents = new DocumentRepository(file);
            SpeakerTurnRepository turns = new SpeakerTurnRepository(file);
            SegmentRepository segments = new SegmentRepository(file);
            int perDocument = size.segments() / size.documents();
            int firstCodePerDocument = size.segmentsOfFirstCode() / size.documents();
            for (int d = 0; d < size.documents(); d++) {
                List<int[]> turnRanges = new ArrayList<>();
                List<Integer> speakers = new ArrayList<>();
                String text = transcript(random, size.wordsPerDocument(), participants.size(), turnRanges, speakers);
                String group = "Kontor " + (char) ('A' + d % 3);
                long docId = documents.insert(new Document(0, UUID.randomUUID().toString(), "Intervju " + (d + 1),
                        "intervju-" + (d + 1) + ".txt", "txt", WordCount.of(text), group, LocalDate.of(2026, 3, 1 + d % 28), ""), text);
                for (int t = 0; t < turnRanges.size(); t++) {
                    int p = speakers.get(t);
                    turns.insert(new SpeakerTurn(0, docId, turnRanges.get(t)[0], turnRanges.get(t)[1],
                            p == 0 ? "Intervjuer" : "P" + p, participants.get(p), null, null));
                }
                for (int s = 0; s < perDocument; s++) {
                    int[] turn = turnRanges.get(random.nextInt(turnRanges.size()));
                    int length = turn[1] - turn[0];
                    int start = turn[0] + random.nextInt(Math.max(1, length / 2));
                    int end = Math.min(turn[1], start + 20 + random.nextInt(Math.max(1, length / 2)));
                    long code = s < firstCodePerDocument ? codes.get(0) : codes.get(1 + random.nextInt(codes.size() - 1));
                    segments.insert(new Segment(0, UUID.randomUUID().toString(), docId, code, start, end, coder,
                            Instant.parse("2026-04-01T10:00:00Z"), "", s % 10 == 0));
                }
            }
            categories(file, codes);
            return codes;
        });
    }

    private static List<Long> participants(ProjectFile file, Size size) {
        ParticipantRepository repo = new ParticipantRepository(file);
        List<Long> ids = new ArrayList<>();
        ids.add(repo.insert(new Participant(0, UUID.randomUUID().toString(), "Intervjuer", "", true, "")));
        for (int i = 1; i < size.participants(); i++) {
            ids.add(repo.insert(new Participant(0, UUID.randomUUID().toString(), "P" + i,
                    "Kontor " + (char) ('A' + i % 3), false, "")));
        }
        return ids;
    }

    /** Leaf codes first in the returned list, then the parent codes. */
    private static List<Long> codes(ProjectFile file, Size size) {
        CodeRepository repo = new CodeRepository(file);
        int parents = Math.max(1, size.codes() / 10);
        List<Long> parentIds = new ArrayList<>();
        List<Long> leaves = new ArrayList<>();
        for (int p = 0; p < parents; p++) {
            parentIds.add(repo.insert(new Code(0, UUID.randomUUID().toString(), null, String.valueOf(p + 1),
                    "Tema " + (p + 1), Colours.forIndex(p), CodeDefinition.EMPTY, "", "", p)));
        }
        for (int c = 0; c < size.codes() - parents; c++) {
            long parent = parentIds.get(c % parents);
            leaves.add(repo.insert(new Code(0, UUID.randomUUID().toString(), parent, (c % parents + 1) + "." + (c / parents + 1),
                    "Kode " + (c + 1), Colours.forIndex(c), CodeDefinition.EMPTY, "", "", c / parents)));
        }
        List<Long> all = new ArrayList<>(leaves);
        all.addAll(parentIds);
        return all;
    }

    private static void categories(ProjectFile file, List<Long> codes) {
        CategoryRepository repo = new CategoryRepository(file);
        int perCategory = 10;
        for (int c = 0; c * perCategory < Math.min(codes.size(), 60); c++) {
            List<Long> members = codes.subList(c * perCategory, Math.min(codes.size(), (c + 1) * perCategory));
            repo.insert(new Category(0, UUID.randomUUID().toString(), "Kategori " + (c + 1), "", "", c, members));
        }
    }

    private static String transcript(Random random, int words, int people, List<int[]> turns, List<Integer> speakers) {
        StringBuilder sb = new StringBuilder(words * 7);
        int written = 0;
        int turn = 0;
        while (written < words) {
            int speaker = turn % 2 == 0 ? 0 : 1 + random.nextInt(people - 1);
            String label = speaker == 0 ? "Intervjuer" : "P" + speaker;
            sb.append(label).append(": ");
            int start = sb.length();
            int n = Math.min(words - written, 20 + random.nextInt(120));
            for (int w = 0; w < n; w++) {
                if (w > 0) {
                    sb.append(w % 12 == 0 ? ". " : " ");
                }
                sb.append(word(random));
            }
            sb.append('.');
            turns.add(new int[] {start, sb.length()});
            speakers.add(speaker);
            sb.append("\n\n");
            written += n;
            turn++;
        }
        return sb.toString();
    }
}
