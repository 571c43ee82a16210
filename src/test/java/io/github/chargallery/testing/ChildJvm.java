package io.github.chargallery.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the app's {@code Launcher} (or another main class) in a separate JVM with this test run's class
 * path: for what only another process shows (a hard kill, a second instance, a heap limit, file locks).
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** A process builder for {@code java [jvmArgs] -cp <test class path> mainClass args}, stderr merged into stdout. */
    public static ProcessBuilder builder(List<String> jvmArgs, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Runs the Launcher with a CLI command line to the end; returns its exit code and output. */
    public static Result run(List<String> jvmArgs, List<String> args, Path workDir) throws IOException, InterruptedException {
        File log = Files.createTempFile(workDir, "child", ".log").toFile();
        Process p = builder(jvmArgs, "io.github.chargallery.Launcher", args).redirectOutput(log).start();
        int code = p.waitFor();
        return new Result(code, Files.readString(log.toPath()));
    }

    public record Result(int exitCode, String output) {
    }
}
