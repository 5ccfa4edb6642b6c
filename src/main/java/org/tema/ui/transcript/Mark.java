package org.tema.ui.transcript;

/** A coded passage as the transcript shows it: its range, its code's colour and label. */
public record Mark(long segmentId, long codeId, int start, int end, String colour, String label) {
    public int length() {
        return end - start;
    }
}
