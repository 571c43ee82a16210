package io.github.chargallery.cli;

import java.io.PrintStream;
import java.util.List;

/** TODO: not built yet. */
final class TagCommand {
    private TagCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("not implemented yet");
        return 2;
    }
}
