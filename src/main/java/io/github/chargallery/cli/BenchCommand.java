package io.github.chargallery.cli;

import io.github.chargallery.cli.bench.Bench;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench [--cards N] [--dir DIR] [--json FILE] [--repeat R] [--avg-kb K] [--seed S] [--slow-dir DIR] [--only PARTS]}: generates (or
 * reuses) a library and measures the index against the baselines in one run; see {@link Bench}.
 */
final class BenchCommand {
    static final Command COMMAND = new Command("bench", "",
            "Generates (or reuses) a library and measures scanning, indexing, loading and search on it.",
            List.of(Command.Option.value("--cards", "N", "library size (default 10000)"),
                    Command.Option.value("--dir", "DIR", "where the library is generated or reused"
                            + " (default ./bench-library-N)"),
                    Command.Option.value("--json", "FILE", "also write the results to FILE as JSON"),
                    Command.Option.value("--repeat", "R", "runs of each timed step (default 5)"),
                    Command.Option.value("--avg-kb", "K", "average card file size in KB (default 150)"),
                    Command.Option.value("--seed", "S", "generator seed (default 1)"),
                    Command.Option.value("--slow-dir", "DIR", "instead, time rescans of the library in DIR"
                            + " (a share, a slow mount) against a one-thread stat walk of it"),
                    Command.Option.value("--only", "PARTS", "run only these parts, comma-separated: "
                            + String.join(", ", Bench.PARTS) + " (the index is made once for those that need it)")),
            BenchCommand::run);

    private BenchCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (!a.words.isEmpty()) {
            throw new UsageException("unexpected argument: " + a.words.get(0));
        }
        int cards = a.intNumber("--cards", 10_000, 1);
        Path dir = a.value("--dir") == null ? null : LibraryArgs.path(a.value("--dir"));
        Path json = a.value("--json") == null ? null : LibraryArgs.path(a.value("--json"));
        int repeat = a.intNumber("--repeat", 5, 1);
        int avgKb = a.intNumber("--avg-kb", 150, 1);
        long seed = a.number("--seed", 1, Long.MIN_VALUE);
        if (dir == null) {
            dir = Path.of("bench-library-" + cards);
        }
        Path slowDir = a.value("--slow-dir") == null ? null : LibraryArgs.path(a.value("--slow-dir"));
        java.util.Set<String> only = new java.util.LinkedHashSet<>();
        if (a.value("--only") != null) {
            for (String part : a.value("--only").split(",")) {
                if (!Bench.PARTS.contains(part.strip())) {
                    throw new UsageException("--only takes " + String.join(", ", Bench.PARTS) + ", not \"" + part.strip()
                            + "\"");
                }
                only.add(part.strip());
            }
        }
        Bench bench = new Bench(new Bench.Options(cards, dir, avgKb, repeat, seed, slowDir == null, slowDir, only), out);
        out.println(environment());
        try {
            bench.run();
        } catch (Exception e) {
            err.println("bench failed: " + e);
            return 1;
        }
        printTable(bench, out);
        if (json != null) {
            try {
                Files.writeString(json, toJson(bench));
                out.println("wrote " + json.toAbsolutePath());
            } catch (IOException e) {
                err.println("cannot write " + json + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    static String environment() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%s, %s %s, %d cores, max heap %d MB, JDK %s (%s), %s",
                Instant.now(), System.getProperty("os.name"), System.getProperty("os.arch"),
                rt.availableProcessors(), rt.maxMemory() / 1_000_000, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), cpuModel());
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the OS name above is what we have.
        }
        return "unknown CPU";
    }

    static void printTable(Bench b, PrintStream out) {
        out.println();
        out.printf("%-30s %10s %10s %10s   (ms, %d runs)%n", "step", "first", "median", "min",
                b.options.repeat());
        for (Bench.Step s : ordered(b)) {
            out.printf(Locale.ROOT, "%-30s %10.1f %10.1f %10.1f%n", s.name(), s.first(), s.median(), s.min());
        }
        out.println();
        for (Map.Entry<String, Object> e : b.figures.entrySet()) {
            out.printf("%-44s %s%n", e.getKey(), e.getValue());
        }
    }

    private static final List<String> ORDER = List.of("stat_walk_ms", "parse_all_1thread_ms", "parse_all_pool_ms",
            "index_cold_ms", "open_and_load_ms", "load_from_index_ms", "rescan_nochange_ms", "rescan_changed_ms");

    /** Steps in reading order (the stat walk first: it is the floor the rescans are compared with). */
    private static List<Bench.Step> ordered(Bench b) {
        List<Bench.Step> steps = new java.util.ArrayList<>();
        ORDER.stream().filter(b.steps::containsKey).forEach(n -> steps.add(b.steps.get(n)));
        b.steps.values().stream().filter(s -> !ORDER.contains(s.name())).forEach(steps::add);
        return steps;
    }

    static String toJson(Bench b) throws IOException {
        ObjectNode root = Json.object();
        root.put("environment", environment());
        root.put("cards", b.options.cards());
        root.put("dir", b.options.dir().toAbsolutePath().toString());
        root.put("repeat", b.options.repeat());
        ObjectNode steps = root.putObject("steps");
        for (Bench.Step s : ordered(b)) {
            ObjectNode o = steps.putObject(s.name());
            o.put("first", Bench.round(s.first()));
            o.put("median", Bench.round(s.median()));
            o.put("min", Bench.round(s.min()));
            o.set("runs", Json.MAPPER.valueToTree(s.runs().stream().map(Bench::round).toList()));
        }
        root.set("figures", Json.MAPPER.valueToTree(b.figures));
        return Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }
}
