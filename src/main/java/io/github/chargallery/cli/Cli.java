package io.github.chargallery.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Headless commands of the jar; never loads JavaFX. Each command lives in its own class. */
public final class Cli {
    private Cli() {
    }

    /** Runs one command and returns the process exit code (0 ok, 1 failure, 2 bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "inspect": return InspectCommand.run(rest, out, err);
            case "index": return IndexCommand.run(rest, out, err);
            case "list": return ListCommand.run(rest, out, err);
            case "favorite": return FavoriteCommand.run(rest, out, err);
            case "tag": return TagCommand.run(rest, out, err);
            case "roots": return RootsCommand.run(rest, out, err);
            case "rebuild-index": return RebuildIndexCommand.run(rest, out, err);
            case "generate": return GenerateCommand.run(rest, out, err);
            case "bench": return BenchCommand.run(rest, out, err);
            default:
                err.println("Unknown command: " + args[0]);
                err.println("Commands: inspect, index, list, favorite, tag, roots, rebuild-index, generate, bench");
                return 2;
        }
    }
}
