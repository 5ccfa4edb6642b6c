package org.tema.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: positional ones and {@code --option value} pairs or {@code --flag}s. An
 * option given more than once keeps all its values, in order.
 */
public final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new HashMap<>();

    private Args() {
    }

    /** Parses {@code raw}; {@code valued} names the options that take a value, {@code flags} those that do not. */
    public static Args parse(List<String> raw, Set<String> valued, Set<String> flags) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (s.startsWith("--") && s.length() > 2) {
                String name = s.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= raw.size()) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = raw.get(++i);
                    }
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else if (flags.contains(name) && value == null) {
                    a.options.put(name, List.of("true"));
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    public List<String> positional() {
        return positional;
    }

    /** Requires exactly {@code n} positional arguments (or at least {@code n} when {@code orMore}). */
    public Args expect(int n, boolean orMore, String what) throws UsageException {
        if (positional.size() < n || (!orMore && positional.size() > n)) {
            throw new UsageException("expected " + what);
        }
        return this;
    }

    public String get(int i) {
        return positional.get(i);
    }

    public Path path(int i) {
        return Path.of(positional.get(i));
    }

    /** The option's value (its last one when given more than once), or null. */
    public String option(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }

    /** Every value the option was given, in order; empty when it was not given. */
    public List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }
}
