package io.github.chargallery.library;

import io.github.chargallery.testing.TooNewIndex;
import io.github.chargallery.library.SingleInstance.Claim;
import io.github.chargallery.library.SingleInstance.Kind;
import io.github.chargallery.testing.ChildJvm;
import io.github.chargallery.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

/** One gallery per data folder: a second start shows the first; a killed first never blocks the next. */
class SingleInstanceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @TempDir
    Path data;

    @Test
    void secondClaimShowsTheFirstAndTheFolderIsFreeAfterTheFirstCloses() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        Claim first = SingleInstance.claim(data, () -> {
            shown.countDown();
            return true;
        }, PATIENCE);
        assertThat(first.kind()).isEqualTo(Kind.OWNER);
        assertThat(data.resolve(SingleInstance.LOCK_FILE)).exists();

        Claim second = SingleInstance.claim(data, () -> true, PATIENCE);
        assertThat(second.kind()).isEqualTo(Kind.SHOWN_OTHER);
        assertThat(second.owner()).isNull();
        assertThat(shown.await(5, TimeUnit.SECONDS)).as("the first instance was asked to show itself").isTrue();

        first.owner().close();
        Claim third = SingleInstance.claim(data, () -> true, Duration.ZERO);
        assertThat(third.kind()).isEqualTo(Kind.OWNER);
        third.owner().close();
    }

    @Test
    void ownerThatCannotShowCountsAsUnreachable() throws Exception {
        Claim first = SingleInstance.claim(data, () -> false, PATIENCE);
        try {
            Claim second = SingleInstance.claim(data, () -> true, Duration.ofMillis(300));
            assertThat(second.kind()).isEqualTo(Kind.OTHER_UNREACHABLE);
            assertThat(SingleInstance.alreadyRunningMessage(data))
                    .contains("already running", data.toString(), "--data-dir");
        } finally {
            first.owner().close();
        }
    }

    @Test
    void startWhileTheFirstIsClosingWaitsAndThenOwnsTheFolder() throws Exception {
        Claim[] first = new Claim[1];
        first[0] = SingleInstance.claim(data, () -> {
            // asked while closing: says no, and finishes closing a moment later
            CompletableFuture.runAsync(() -> first[0].owner().close());
            return false;
        }, PATIENCE);
        Claim second = SingleInstance.claim(data, () -> true, PATIENCE);
        assertThat(second.kind()).isEqualTo(Kind.OWNER);
        second.owner().close();
    }

    @Test
    void secondClaimInTheSameProcessDoesNotDropTheFirstsLockForOtherProcesses() throws Exception {
        Claim first = SingleInstance.claim(data, () -> true, PATIENCE);
        assertThat(SingleInstance.claim(data, () -> true, PATIENCE).kind()).isEqualTo(Kind.SHOWN_OTHER);
        Process child = ChildJvm.builder(List.of(), LockHolder.class.getName(), List.of(data.toString())).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(CompletableFuture.supplyAsync(() -> readLine(out)).get(20, TimeUnit.SECONDS)).startsWith("not locked");
        } finally {
            child.destroyForcibly();
            first.owner().close();
        }
    }

    @Test
    void killedOwnerLeavesItsLockFileButNeverBlocksTheNextStart() throws Exception {
        Process child = ChildJvm.builder(List.of(), LockHolder.class.getName(), List.of(data.toString())).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(CompletableFuture.supplyAsync(() -> readLine(out)).get(20, TimeUnit.SECONDS)).isEqualTo("locked");

            // another process holds it: we are sent to it, and it hears us
            assertThat(SingleInstance.claim(data, () -> true, PATIENCE).kind()).isEqualTo(Kind.SHOWN_OTHER);
            assertThat(CompletableFuture.supplyAsync(() -> readLine(out)).get(5, TimeUnit.SECONDS)).isEqualTo("shown");

            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(data.resolve(SingleInstance.LOCK_FILE)).exists();
            assertThat(Files.readString(data.resolve(SingleInstance.INFO_FILE))).as("stale port file stays too").isNotBlank();

            Claim next = SingleInstance.claim(data, () -> true, Duration.ZERO);
            assertThat(next.kind()).isEqualTo(Kind.OWNER);
            next.owner().close();
        } finally {
            child.destroyForcibly();
        }
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rebuildIndexFromAShellWaitsForTheGalleryThatHasTheLibraryOpen() throws Exception {
        Library.open(data).close();
        TooNewIndex.make(data);
        CliRun rebuild = new CliRun(List.of("rebuild-index", "--data-dir", data.toString()), List.of());

        Claim gallery = SingleInstance.claim(data, () -> true, PATIENCE);
        assertThat(gallery.kind()).isEqualTo(Kind.OWNER);
        assertThat(SingleInstance.inUse(data)).isTrue();
        int refused = rebuild.run();
        gallery.owner().close();

        assertThat(refused).isEqualTo(1);
        assertThat(rebuild.err()).contains("has the library in").contains("open");
        assertThat(data.resolve("library.db")).exists();
        assertThat(SingleInstance.inUse(data)).isFalse();
        assertThat(rebuild.run()).isZero();
    }
}
