package org.tema.io.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import or export did: how many of each thing came in or went out, what was skipped and
 * why, and remarks (such as which position counting a file used). Printed after every exchange.
 */
public final class ExchangeReport {
    private final String title;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> remarks = new ArrayList<>();

    public ExchangeReport(String title) {
        this.title = title;
    }

    public void add(String what, long n) {
        counts.merge(what, n, Long::sum);
    }

    public void skipped(String whatAndWhy) {
        skipped.add(whatAndWhy);
    }

    public void remark(String remark) {
        remarks.add(remark);
    }

    public long count(String what) {
        return counts.getOrDefault(what, 0L);
    }

    public Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    public List<String> remarks() {
        return List.copyOf(remarks);
    }

    /** The report as lines of text for the command line or a dialog. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(title);
        counts.forEach((what, n) -> out.add("  " + what + ": " + n));
        if (!skipped.isEmpty()) {
            out.add("Skipped:");
            skipped.forEach(s -> out.add("  " + s));
        }
        if (!remarks.isEmpty()) {
            out.add("Notes:");
            remarks.forEach(s -> out.add("  " + s));
        }
        return out;
    }
}
