package io.github.chargallery.cli;

import io.github.chargallery.cli.bench.LibraryGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code generate DIR --cards N [--seed S] [--avg-kb K]}: writes a synthetic library (see {@link LibraryGenerator}). */
final class GenerateCommand {
    private static final String USAGE = "Usage: generate DIR --cards N [--seed S] [--avg-kb K]";

    private GenerateCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path dir = null;
        Integer cards = null;
        long seed = 1;
        int avgKb = 150;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--cards" -> cards = Integer.parseInt(value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--avg-kb" -> avgKb = Integer.parseInt(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--") || dir != null) {
                            throw new IllegalArgumentException("unexpected argument: " + a);
                        }
                        dir = Path.of(a);
                    }
                }
            }
            if (dir == null || cards == null) {
                throw new IllegalArgumentException("DIR and --cards are required");
            }
            if (cards < 0 || avgKb <= 0) {
                throw new IllegalArgumentException("--cards must be >= 0 and --avg-kb > 0");
            }
        } catch (NumberFormatException e) {
            err.println("not a number: " + e.getMessage().replace("For input string: ", ""));
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        long start = System.nanoTime();
        try {
            LibraryGenerator.Summary s = LibraryGenerator.generate(dir, cards, seed, avgKb);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "wrote %d cards to %s in %.1f s: %d PNG (%d also V3), %d JSON, %d CHARX, "
                    + "%d broken; %d folders, %.1f MB%n", s.cards(), s.dir(), seconds, s.png(), s.pngWithCcv3(),
                    s.json(), s.charx(), s.broken(), s.folders(), s.bytes() / 1e6);
            return 0;
        } catch (IOException e) {
            err.println("generate failed: " + e.getMessage());
            return 1;
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
