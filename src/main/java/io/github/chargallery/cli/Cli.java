package io.github.chargallery.cli;

import io.github.chargallery.library.HeapLimit;
import io.github.chargallery.library.IndexUnusableException;
import io.github.chargallery.library.LibraryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/** The jar's command line: help, version and the headless commands; never loads JavaFX. */
public final class Cli {
    static final String PROGRAM = "character-gallery";
    private static final List<String> HELP = List.of("help", "--help", "-h");
    private static final String VERSION = "--version";

    /** The gallery window's options (the Launcher starts it; the gallery parses their values). */
    static final Command WINDOW = new Command("", "", "Opens the gallery window (needs a desktop session).",
            List.of(Command.DATA_DIR,
                    Command.Option.value("--add-root", "FOLDER", "add a folder to the library at start (repeatable)"),
                    Command.Option.value("--measure-out", "FILE", "write start-up and sync figures as JSON, then exit"),
                    Command.Option.flag("--measure-scroll", "with --measure-out: then scroll the grid top to bottom and record it"),
                    Command.Option.flag("--measure-bare", "with --measure-out: only an empty window in the theme (the floor of a start)")),
            null);

    static final List<Command> COMMANDS = List.of(InspectCommand.COMMAND, IndexCommand.COMMAND, ListCommand.COMMAND,
            CollectionCommand.COMMAND, FavoriteCommand.COMMAND, TagCommand.COMMAND, EditCommand.COMMAND, HistoryCommand.COMMAND,
            RevertCommand.COMMAND, ExportCommand.COMMAND, RootsCommand.COMMAND, StCommand.COMMAND,
            RebuildIndexCommand.COMMAND, DuplicatesCommand.COMMAND, DuplicatesCommand.DISMISS, TrashCommand.COMMAND,
            TrashCommand.RESTORE, GenerateCommand.COMMAND, BenchCommand.COMMAND);

    private Cli() {
    }

    /** True when these arguments start the window rather than a command, help or the version. */
    public static boolean opensWindow(String[] args) {
        return args.length == 0 || args[0].startsWith("-") && !HELP.contains(args[0]) && !args[0].equals(VERSION);
    }

    /** Runs one command (or help, or --version) and returns the exit code (0 ok, 1 failure, 2 bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            printHelp(err);
            return 2;
        }
        if (HELP.contains(args[0])) {
            if (args.length > 1) {
                Optional<Command> c = find(args[1]);
                if (c.isEmpty()) {
                    return unknownCommand(args[1], err);
                }
                c.get().printHelp(out);
            } else {
                printHelp(out);
            }
            return 0;
        }
        if (args[0].equals(VERSION)) {
            out.println(PROGRAM + " " + version());
            return 0;
        }
        Optional<Command> c = find(args[0]);
        if (c.isEmpty()) {
            return unknownCommand(args[0], err);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            c.get().printHelp(out);
            return 0;
        }
        return run(c.get(), rest, out, err);
    }

    private static int run(Command c, List<String> rest, PrintStream out, PrintStream err) {
        try {
            return c.body().run(Args.parse(c.options(), rest), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(c.usage());
            return 2;
        } catch (IndexUnusableException e) {
            err.println(e.getMessage());
            err.println("Nothing was changed. Open the app, or run `rebuild-index`, to move it aside and rebuild it"
                    + " (favourites and tags that can still be read are kept).");
            return 1;
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory(c.name()));
            return 1;
        }
    }

    /**
     * Checks the window's options before the toolkit starts: -1 when the window may open, else the exit code
     * (0 after printing the help for {@code --help}; 2, with the reason and the usage line on {@code err}).
     */
    public static int checkWindowArgs(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            printHelp(out);
            return 0;
        }
        try {
            Args a = Args.parse(WINDOW.options(), Arrays.asList(args));
            if (!a.words.isEmpty()) {
                throw new UsageException("unexpected argument: " + a.words.get(0));
            }
            return -1;
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(WINDOW.usage());
            err.println("Commands: " + commandNames() + " (see --help)");
            return 2;
        }
    }

    /**
     * The one line to print when the window cannot open because there is no desktop session: Linux with
     * neither DISPLAY nor WAYLAND_DISPLAY (Monocle, the headless toolkit of the tests, needs none).
     */
    public static Optional<String> noDisplay(Map<String, String> env, String osName, String glassPlatform) {
        boolean linux = osName.toLowerCase(Locale.ROOT).startsWith("linux");
        if (!linux || glassPlatform != null || !blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("no display found: the gallery window needs a desktop session; headless commands: "
                + commandNames() + " — see --help");
    }

    /** What to tell the user when the heap ran out: which limit, and how to raise it. */
    public static String outOfMemory(String what) {
        return HeapLimit.message(what);
    }

    /** The project version, from a resource Maven fills in at build time. */
    public static String version() {
        try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }

    static String commandNames() {
        return COMMANDS.stream().map(Command::name).collect(Collectors.joining(", "));
    }

    private static Optional<Command> find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static int unknownCommand(String name, PrintStream err) {
        err.println("Unknown command: " + name);
        err.println("Usage: " + PROGRAM + " COMMAND [ARGUMENTS] [OPTIONS]  (commands: " + commandNames()
                + "; see --help)");
        return 2;
    }

    /** Every command with its usage line, summary and own options; the shared options once, at the end. */
    private static void printHelp(PrintStream out) {
        List<Command.Option> shared = List.of(Command.DATA_DIR, Command.JSON);
        out.println("Character Gallery " + version() + ": browse, search and tag collections of character cards.");
        out.println("Run as `java -jar " + PROGRAM + ".jar ...`, or `" + PROGRAM + " ...` when installed.");
        out.println();
        out.println(WINDOW.usage());
        printSummary(WINDOW, shared, out);
        out.println();
        out.println("Headless commands (no window, no display needed):");
        for (Command c : COMMANDS) {
            out.println("  " + c.usage().substring("Usage: ".length() + PROGRAM.length() + 1));
            printSummary(c, shared, out);
        }
        out.println();
        out.println("Options:");
        shared.forEach(o -> out.printf("  %-20s %s%n", o.shown(), o.help()));
        out.printf("  %-20s %s%n", "-h, --help", "this help; COMMAND --help (or help COMMAND) for one command's");
        out.printf("  %-20s %s%n", VERSION, "print the version");
        out.println();
        out.println("Exit codes: 0 done, 1 failed (the reason is on stderr), 2 bad usage.");
    }

    private static void printSummary(Command c, List<Command.Option> shared, PrintStream out) {
        out.println("      " + c.summary());
        c.options().stream().filter(o -> !shared.contains(o))
                .forEach(o -> out.printf("      %-20s %s%n", o.shown(), o.help()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
