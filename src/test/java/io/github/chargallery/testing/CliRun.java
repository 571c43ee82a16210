package io.github.chargallery.testing;

import io.github.chargallery.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs headless commands in this JVM and keeps what the last one printed (UTF-8). */
public final class CliRun {
    private final List<String> before;
    private final List<String> after;
    private String out = "";
    private String err = "";

    /**
     * @param before words put before each call's arguments (the command's name)
     * @param after  words put after them (e.g. {@code --data-dir DIR})
     */
    public CliRun(List<String> before, List<String> after) {
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    /** Runs each command with {@code --data-dir DIR} after its arguments. */
    public static CliRun inDataDir(java.nio.file.Path dataDir) {
        return new CliRun(List.of(), List.of("--data-dir", dataDir.toString()));
    }

    /** Runs the command and returns its exit code. */
    public int run(String... args) {
        List<String> all = new ArrayList<>(before);
        all.addAll(Arrays.asList(args));
        all.addAll(after);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Cli.run(all.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    public String out() {
        return out;
    }

    public String err() {
        return err;
    }
}
