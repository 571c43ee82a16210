package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse threads give way to a late window for a bounded moment: the sync still reads every card. */
class GiveWayTest {
    @TempDir
    Path tmp;

    @Test
    void aWindowThatStaysLateSlowsTheSyncButGetsEveryCard() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("cards"));
        for (int i = 0; i < 40; i++) {
            TestCards.write(root.resolve("c" + i + ".json"), "Card " + i);
        }
        AtomicInteger asked = new AtomicInteger();
        RecordingListener late = new RecordingListener() {
            @Override
            public boolean windowLate() {
                asked.incrementAndGet();
                return true;
            }
        };
        try (Library library = Library.open(tmp.resolve("data"), new TestCards.CountingReader())) {
            library.addRoot(root);
            SyncReport report = library.sync(late, () -> false);
            assertThat(report.added()).isEqualTo(40);
            assertThat(late.view).hasSize(40);
        }
        // asked before every file, and at most the bounded number of times for each
        assertThat(asked.get()).isBetween(40, 40 * Sync.GIVE_WAY_MILLIS);
    }
}
