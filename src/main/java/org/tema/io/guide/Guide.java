package org.tema.io.guide;

import java.util.List;

/** An interview guide: themes, each with its numbered questions and their follow-up questions. */
public record Guide(List<Theme> themes) {
    public Guide {
        themes = List.copyOf(themes);
    }

    public record Theme(String title, List<Question> questions) {
        public Theme {
            questions = List.copyOf(questions);
        }
    }

    public record Question(String number, String text, List<String> followUps) {
        public Question {
            followUps = List.copyOf(followUps);
        }

        /** The question with its follow-ups, one per line: the description of its code. */
        public String fullText() {
            StringBuilder s = new StringBuilder(text);
            followUps.forEach(f -> s.append("\n- ").append(f));
            return s.toString();
        }
    }

    public int questionCount() {
        return themes.stream().mapToInt(t -> t.questions().size()).sum();
    }
}
