package cutover.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: positional words and {@code --name value} options ({@code --name=value} works too).
 * Options a command does not declare are rejected, so a typo never silently falls back to a default.
 */
public final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();

    private Args() {
    }

    /** A set of option names with some more: a command's own options besides the shared ones. */
    public static Set<String> with(Set<String> names, String... more) {
        java.util.Set<String> all = new java.util.HashSet<>(names);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /**
     * @param valued options that take a value
     * @param flags  options that take none
     */
    public static Args parse(List<String> words, Set<String> valued, Set<String> flags) throws UsageException {
        Args args = new Args();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.equals("--")) {
                args.positional.add(word);
                continue;
            }
            String name = word.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                args.options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                args.options.put(name, value);
                args.repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return args;
    }

    public List<String> positional() {
        return positional;
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String string(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** Every value of an option that may be given several times, in order; empty when it was not given. */
    public List<String> strings(String name) {
        return List.copyOf(repeated.getOrDefault(name, List.of()));
    }

    public String required(String name) throws UsageException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("option --" + name + " is required");
        }
        return value;
    }

    public Path path(String name) throws UsageException {
        return Path.of(required(name));
    }

    public long number(String name, long fallback, long min, long max) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " must be a whole number, not \"" + value + "\"");
        }
        if (parsed < min || parsed > max) {
            throw new UsageException("option --" + name + " must be between " + min + " and " + max);
        }
        return parsed;
    }
}
