package io.github.chargallery.cli;

import io.github.chargallery.library.DataDirs;
import java.io.PrintStream;
import java.util.List;

/**
 * One command as the user sees it, described once: {@code --help}, usage errors and dispatch all come
 * from this record.
 *
 * @param name      the word that picks the command ("" for the gallery window)
 * @param arguments its positional arguments as shown in the usage line, e.g. {@code FILE...}
 * @param summary   one line saying what it does
 * @param options   every option it accepts
 * @param body      what it runs; null for the window, which the Launcher starts
 */
record Command(String name, String arguments, String summary, List<Option> options, Body body) {
    static final Option DATA_DIR = Option.value("--data-dir", "DIR",
            "the data folder holding the index (default $" + DataDirs.ENV
                    + ", else the platform's data folder)");
    static final Option JSON = Option.flag("--json", "print JSON instead of text");

    Command {
        options = List.copyOf(options);
    }

    /** An option; {@code value} names its argument (e.g. DIR), null for a flag. */
    record Option(String name, String value, String help) {
        static Option flag(String name, String help) {
            return new Option(name, null, help);
        }

        static Option value(String name, String value, String help) {
            return new Option(name, value, help);
        }

        String shown() {
            return value == null ? name : name + " " + value;
        }
    }

    /** The command's work on parsed arguments; returns the exit code. */
    interface Body {
        int run(Args args, PrintStream out, PrintStream err) throws UsageException;
    }

    /** {@code Usage: character-gallery NAME ARGUMENTS [OPTION]...} */
    String usage() {
        StringBuilder sb = new StringBuilder("Usage: ").append(Cli.PROGRAM);
        if (!name.isEmpty()) {
            sb.append(' ').append(name);
        }
        if (!arguments.isEmpty()) {
            sb.append(' ').append(arguments);
        }
        for (Option o : options) {
            if (!arguments.contains(o.shown())) { // a required option is part of the arguments
                sb.append(" [").append(o.shown()).append(']');
            }
        }
        return sb.toString();
    }

    /** The usage line, the summary and one line per option. */
    void printHelp(PrintStream out) {
        out.println(usage());
        out.println("  " + summary);
        for (Option o : options) {
            out.printf("    %-20s %s%n", o.shown(), o.help());
        }
    }
}
