package io.github.chargallery;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.testing.ChildJvm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point as a user meets it: a real process, its exit code and what it printed. */
class LauncherTest {
    @TempDir
    Path tmp;

    private ChildJvm.Result start(List<String> jvmArgs, List<String> args) throws Exception {
        File log = tmp.resolve("child.log").toFile();
        ProcessBuilder b = ChildJvm.builder(jvmArgs, Launcher.class.getName(), args).redirectOutput(log);
        b.environment().remove("DISPLAY");
        b.environment().remove("WAYLAND_DISPLAY");
        Process p = b.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
        return new ChildJvm.Result(p.exitValue(), Files.readString(log.toPath()));
    }

    @Test
    void withoutADisplayTheGallerySaysSoInOneLineAndExitsOne() throws Exception {
        ChildJvm.Result r = start(List.of(), List.of("--data-dir", tmp.resolve("data").toString()));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.output()).isEqualTo("no display found: the gallery window needs a desktop session; headless"
                + " commands: inspect, index, list, collection, favorite, tag, edit, history, revert, export, roots, st, rebuild-index,"
                + " duplicates, dismiss, trash, restore, generate, bench — see --help\n");
        assertThat(tmp.resolve("data")).as("nothing was opened").doesNotExist();
    }

    @Test
    void helpAndCommandsNeverLoadJavaFx() throws Exception {
        Path classes = tmp.resolve("classes.log");
        List<String> jvm = List.of("-Xlog:class+load=info:file=" + classes);
        ChildJvm.Result help = start(jvm, List.of("--help"));
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("Headless commands");
        assertThat(Files.readString(classes)).contains("io.github.chargallery.cli.Cli").doesNotContain("javafx.");
        ChildJvm.Result list = start(jvm, List.of("list", "--data-dir", tmp.resolve("data").toString()));
        assertThat(list.exitCode()).as(list.output()).isZero();
        assertThat(Files.readString(classes)).contains("io.github.chargallery.library.Library").doesNotContain("javafx.");
    }

    @Test
    void runningOutOfMemorySaysWhichLimitAndWhatToDoWithoutAStackTrace() throws Exception {
        ChildJvm.Result r = start(List.of("-Xmx32m"),
                List.of("generate", tmp.resolve("big").toString(), "--cards", "1", "--avg-kb", "400000"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.output()).startsWith("ran out of memory (the Java heap limit is ")
                .contains("-Xmx").contains("during generate").contains("run it again with a larger limit")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }
}
