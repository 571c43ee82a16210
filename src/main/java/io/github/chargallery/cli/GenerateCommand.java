package io.github.chargallery.cli;

import io.github.chargallery.cli.bench.LibraryGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code generate DIR --cards N [--seed S] [--avg-kb K]}: writes a synthetic library (see {@link LibraryGenerator}). */
final class GenerateCommand {
    static final Command COMMAND = new Command("generate", "DIR --cards N",
            "Writes a synthetic library of cards into a new or empty folder (for tests and benchmarks).",
            List.of(Command.Option.value("--cards", "N", "how many card files (required)"),
                    Command.Option.value("--seed", "S", "the same seed gives the same files, byte for byte (default 1)"),
                    Command.Option.value("--avg-kb", "K", "average file size in KB (default 150)"),
                    Command.Option.value("--duplicates", "PCT", "PCT percent more files repeating cards as collections"
                            + " do: copies, the same card as JSON, re-encoded pictures, edited versions; creators then come from many"
                            + " handles, so unrelated cards rarely share a name and creator (default 0)")),
            GenerateCommand::run);

    private GenerateCommand() {
    }

    private static String repeats(io.github.chargallery.cli.bench.Repeats.Planted p) {
        int n = p.sameCard().size() + p.sameCharacter().size() + p.samePicture().size() + p.notGrouped().size();
        return n == 0 ? "" : String.format(Locale.ROOT, "; plus repeats: %d copies of a card, %d edited versions,"
                + " %d pictures under two names, %d same names by another creator", p.sameCard().size(),
                p.sameCharacter().size(), p.samePicture().size(), p.notGrouped().size());
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.size() != 1 || a.value("--cards") == null) {
            throw new UsageException(a.words.size() > 1 ? "unexpected argument: " + a.words.get(1)
                    : "DIR and --cards are required");
        }
        Path dir = LibraryArgs.path(a.words.get(0));
        int cards = a.intNumber("--cards", 0, 0);
        long seed = a.number("--seed", 1, Long.MIN_VALUE);
        int avgKb = a.intNumber("--avg-kb", 150, 1);
        int duplicates = a.intNumber("--duplicates", 0, 0);
        long start = System.nanoTime();
        try {
            LibraryGenerator.Summary s = LibraryGenerator.generate(dir, cards, seed, avgKb, duplicates);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "wrote %d cards to %s in %.1f s: %d PNG (%d also V3), %d JSON, %d CHARX, "
                    + "%d broken; %d folders, %.1f MB%s%n", s.cards(), s.dir(), seconds, s.png(), s.pngWithCcv3(),
                    s.json(), s.charx(), s.broken(), s.folders(), s.bytes() / 1e6, repeats(s.planted()));
            return 0;
        } catch (IOException e) {
            err.println("generate failed: " + e.getMessage());
            return 1;
        }
    }
}
