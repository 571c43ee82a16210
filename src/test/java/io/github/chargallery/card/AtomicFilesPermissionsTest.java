package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.chargallery.testing.ChildJvm;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the app writes get the mode a file the user creates gets (the umask decides), and a file it
 * rewrites keeps its mode: a card imported into a shared folder stays readable by the others.
 */
class AtomicFilesPermissionsTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes only");
    }

    /** The mode a file created the ordinary way (open with 0666, less the umask) gets in this folder. */
    private String usersMode() throws Exception {
        Path probe = Files.createFile(tmp.resolve("probe-" + System.nanoTime()));
        try {
            return mode(probe);
        } finally {
            Files.delete(probe);
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws Exception {
        String expected = usersMode();
        assumeTrue(!expected.equals("rw-------"), "a umask of 077 cannot tell the two apart");

        Path imported = AtomicFiles.writeNew(tmp, "zoe.png", out -> out.write(1));
        Path written = tmp.resolve("new.json");
        AtomicFiles.write(written, out -> out.write(2));

        assertThat(mode(imported)).isEqualTo(expected);
        assertThat(mode(written)).isEqualTo(expected);
    }

    @Test
    void aRewrittenFileKeepsItsMode() throws Exception {
        Path card = tmp.resolve("zoe.png");
        Files.writeString(card, "old");
        Files.setPosixFilePermissions(card, PosixFilePermissions.fromString("rw-r-----"));
        Path script = tmp.resolve("shared.json");
        Files.writeString(script, "old");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxrwxr--"));

        AtomicFiles.write(card, out -> out.write("new".getBytes()));
        AtomicFiles.write(script, out -> out.write("new".getBytes()));

        assertThat(Files.readString(card)).isEqualTo("new");
        assertThat(mode(card)).isEqualTo("rw-r-----");
        assertThat(mode(script)).isEqualTo("rwxrwxr--");
    }

    @Test
    void aRewrittenFileKeepsItsGroupWhereTheUserMayGiveIt() throws Exception {
        Path card = tmp.resolve("zoe.png");
        Files.writeString(card, "old");
        var view = Files.getFileAttributeView(card, java.nio.file.attribute.PosixFileAttributeView.class);
        var lookup = card.getFileSystem().getUserPrincipalLookupService();
        java.nio.file.attribute.GroupPrincipal other;
        try {
            other = lookup.lookupPrincipalByGroupName("nogroup");
            view.setGroup(other);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            assumeTrue(false, "cannot give the file another group here: " + e);
            return;
        }

        AtomicFiles.write(card, out -> out.write("new".getBytes()));

        assertThat(Files.readAttributes(card, java.nio.file.attribute.PosixFileAttributes.class).group()).isEqualTo(other);
    }

    /** {@code generate} writes through AtomicFiles: under umask 002 its cards are group-writable, as the user's files are. */
    @Test
    void generatedCardsFollowTheUmaskOfTheProcess() throws Exception {
        Path dir = tmp.resolve("gen");
        ProcessBuilder java = ChildJvm.builder(List.of("-Xmx256m"), "io.github.chargallery.Launcher",
                List.of("generate", dir.toString(), "--cards", "12", "--seed", "3"));
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 0002 && exec \"$@\"", "sh"));
        command.addAll(java.command());
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isZero();

        List<String> modes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                modes.add(mode(f));
            }
        }
        assertThat(modes).hasSizeGreaterThanOrEqualTo(12).containsOnly("rw-rw-r--");
    }
}
