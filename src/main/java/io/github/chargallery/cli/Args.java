package io.github.chargallery.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command line parsed against a command's options: {@code --name VALUE} or {@code --name=VALUE} for
 * options with a value (given twice, the last wins; {@link #values} has all), {@code --name} for flags,
 * the rest are words. Anything else that starts with {@code --} is an unknown option.
 */
final class Args {
    final List<String> words;
    private final Map<String, List<String>> given;
    /** Where each word stands on the command line, and that line, for {@link #wordPath}. */
    private final List<Integer> wordAt;
    private final RawArguments raw;

    private Args(List<String> words, Map<String, List<String>> given, List<Integer> wordAt, List<String> args) {
        this.words = List.copyOf(words);
        this.given = given;
        this.wordAt = List.copyOf(wordAt);
        this.raw = new RawArguments(args);
    }

    /**
     * Word {@code k} as a path. A file name that is not UTF-8 reaches Java damaged ("bad\uFFFD.png");
     * its path is then made from the raw bytes of the command line (see {@link RawArguments}).
     *
     * @throws java.nio.file.InvalidPathException when the word is no path on this system
     */
    java.nio.file.Path wordPath(int k) {
        return raw.path(wordAt.get(k));
    }

    static Args parse(List<Command.Option> options, List<String> args) throws UsageException {
        List<String> words = new ArrayList<>();
        List<Integer> wordAt = new ArrayList<>();
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                words.add(a);
                wordAt.add(i);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            Command.Option o = options.stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new UsageException("Unknown option: " + name));
            String value = null;
            if (o.value() != null) {
                if (eq >= 0) {
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(name + " needs a value (" + o.shown() + ")");
                }
                if (value.isBlank()) {
                    throw new UsageException(name + " needs a value (" + o.shown() + "), not an empty string");
                }
            } else if (eq >= 0) {
                throw new UsageException(name + " takes no value");
            }
            given.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new Args(words, given, wordAt, args);
    }

    boolean flag(String name) {
        return given.containsKey(name);
    }

    /** The option's value (the last one when given twice), or null when absent. */
    String value(String name) {
        List<String> v = given.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    List<String> values(String name) {
        return given.getOrDefault(name, List.of());
    }

    /** A whole number of at least {@code min}, or {@code fallback} when the option is absent. */
    long number(String name, long fallback, long min) throws UsageException {
        String v = value(name);
        if (v == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number, not \"" + v + "\"");
        }
        if (n < min) {
            throw new UsageException(name + " must be at least " + min + ", not " + n);
        }
        return n;
    }

    int intNumber(String name, int fallback, int min) throws UsageException {
        long n = number(name, fallback, min);
        if (n > Integer.MAX_VALUE) {
            throw new UsageException(name + " is too large: " + n);
        }
        return (int) n;
    }
}
