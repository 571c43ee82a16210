package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.testing.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTest {
    private final CliRun cli = new CliRun(List.of(), List.of());

    @Test
    void helpListsEveryCommandWithItsSummaryAndOptionsAndExitsZero() {
        for (String help : List.of("--help", "-h", "help")) {
            assertThat(cli.run(help)).as(help).isZero();
            assertThat(cli.err()).isEmpty();
            for (Command c : Cli.COMMANDS) {
                assertThat(cli.out()).contains(c.summary());
                assertThat(cli.out()).contains("  " + c.name() + " " + c.arguments());
                c.options().forEach(o -> assertThat(cli.out()).contains(o.shown()));
            }
            assertThat(cli.out()).contains("Usage: character-gallery [--data-dir DIR] [--add-root FOLDER]")
                    .contains("--version").contains("Exit codes: 0 done, 1 failed");
        }
    }

    @Test
    void commandHelpPrintsThatCommandsUsageAndExitsZero() {
        for (Command c : Cli.COMMANDS) {
            assertThat(cli.run(c.name(), "--help")).as(c.name()).isZero();
            assertThat(cli.out()).startsWith(c.usage() + "\n").contains(c.summary())
                    .doesNotContain("Headless commands");
            assertThat(cli.run("help", c.name())).isZero();
            assertThat(cli.out()).startsWith(c.usage());
        }
        assertThat(cli.run("inspect", "a.png", "-h")).isZero();
        assertThat(cli.out()).startsWith("Usage: character-gallery inspect FILE... [--json]");
    }

    @Test
    void versionIsThePomVersion() {
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out().strip()).matches("character-gallery \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?")
                .isEqualTo("character-gallery " + Cli.version());
    }

    @Test
    void unknownCommandIsBadUsage() {
        assertThat(cli.run("frobnicate")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown command: frobnicate")
                .contains("Usage: character-gallery COMMAND").contains("inspect, index, list");
        assertThat(cli.run("help", "frobnicate")).isEqualTo(2);
    }

    @Test
    void everyCommandRefusesAnUnknownOptionWithItsUsageLine() {
        for (Command c : Cli.COMMANDS) {
            assertThat(cli.run(c.name(), "--frob")).as(c.name()).isEqualTo(2);
            assertThat(cli.err()).isEqualTo("Unknown option: --frob\n" + c.usage() + "\n");
            assertThat(cli.out()).isEmpty();
        }
    }

    @Test
    void anEmptyDataDirIsBadUsageNotTheUsersFolder() {
        for (Command c : Cli.COMMANDS) {
            if (c.options().contains(Command.DATA_DIR)) {
                assertThat(cli.run(c.name(), "--data-dir", "")).as(c.name()).isEqualTo(2);
                assertThat(cli.err()).startsWith("--data-dir needs a value (--data-dir DIR), not an empty string")
                        .contains(c.usage());
                assertThat(cli.run(c.name(), "--data-dir=")).isEqualTo(2);
            }
        }
    }

    @Test
    void theWindowsOptionsAreCheckedBeforeItOpens() {
        assertThat(window("--data-dir", "/tmp/x", "--add-root", "/a", "--add-root", "/b")).isEqualTo(-1);
        assertThat(window("--bogus")).isEqualTo(2);
        assertThat(windowErr).contains("Unknown option: --bogus").contains("Usage: character-gallery [--data-dir DIR]");
        assertThat(window("--data-dir", "")).isEqualTo(2);
        assertThat(windowErr).contains("not an empty string");
        assertThat(window("--data-dir")).isEqualTo(2);
        assertThat(windowErr).contains("--data-dir needs a value");
        assertThat(window("--add-root", "/a", "stray")).isEqualTo(2);
        assertThat(windowErr).contains("unexpected argument: stray");
        assertThat(window("--data-dir", "/tmp/x", "--help")).isZero();
        assertThat(windowErr).isEmpty();
    }

    @Test
    void noDisplayOnLinuxIsOneLineNamingTheHeadlessCommands() {
        assertThat(Cli.noDisplay(Map.of(), "Linux", null)).hasValue("no display found: the gallery window needs a"
                + " desktop session; headless commands: inspect, index, list, collection, favorite, tag, edit, history, revert,"
                + " export, roots, st, rebuild-index, duplicates, dismiss, trash, restore, generate, bench — see --help");
        assertThat(Cli.noDisplay(Map.of("DISPLAY", " "), "Linux", null)).isPresent();
        assertThat(Cli.noDisplay(Map.of("DISPLAY", ":0"), "Linux", null)).isEmpty();
        assertThat(Cli.noDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isEmpty();
        assertThat(Cli.noDisplay(Map.of(), "Windows 11", null)).isEmpty();
        assertThat(Cli.noDisplay(Map.of(), "Mac OS X", null)).isEmpty();
        assertThat(Cli.noDisplay(Map.of(), "Linux", "Monocle")).as("headless test toolkit").isEmpty();
    }

    @Test
    void opensWindowOnlyWithoutACommand() {
        assertThat(Cli.opensWindow(new String[0])).isTrue();
        assertThat(Cli.opensWindow(new String[] {"--data-dir", "x"})).isTrue();
        assertThat(Cli.opensWindow(new String[] {"--bogus"})).isTrue();
        assertThat(Cli.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Cli.opensWindow(new String[] {"-h"})).isFalse();
        assertThat(Cli.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(Cli.opensWindow(new String[] {"list"})).isFalse();
        assertThat(Cli.opensWindow(new String[] {"frob"})).isFalse();
    }

    private String windowErr;

    private int window(String... args) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Cli.checkWindowArgs(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        windowErr = e.toString(StandardCharsets.UTF_8);
        return code;
    }
}
