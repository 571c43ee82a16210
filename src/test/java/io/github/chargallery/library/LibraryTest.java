package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir
    Path tmp;

    @Test
    void searchIsPrefixCaseAndAccentInsensitiveAndCoversUserTags() {
        Path root = tmp.resolve("cards");
        TestCards.write(root.resolve("a.json"), "Zoë Élan", "A pirate captain.", List.of("Fantasy"));
        TestCards.write(root.resolve("b.json"), "Marcus", "A quiet librarian.", List.of("modern"));
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            long zoe = library.loadSummaries().stream().filter(s -> s.name().startsWith("Zo")).findFirst()
                    .orElseThrow().id();
            long marcus = library.loadSummaries().stream().filter(s -> s.name().equals("Marcus")).findFirst()
                    .orElseThrow().id();

            assertThat(library.search("zoe")).containsExactly(zoe);
            assertThat(library.search("ELAN")).containsExactly(zoe);
            assertThat(library.search("pira")).containsExactly(zoe);
            assertThat(library.search("fantasy")).containsExactly(zoe);
            assertThat(library.search("librarian quiet")).containsExactly(marcus);
            assertThat(library.search("pirate librarian")).isEmpty();
            assertThat(library.search("")).containsExactlyInAnyOrder(zoe, marcus);

            library.addUserTag(marcus, "Bookworm");
            assertThat(library.search("bookw")).containsExactly(marcus);
            library.removeUserTag(marcus, "bookworm");
            assertThat(library.search("bookworm")).isEmpty();
        }
    }

    @Test
    void oddSearchInputNeverFails() {
        try (Library library = Library.open(tmp.resolve("data"))) {
            for (String q : new String[] {"\"", "-", ":", "AND", "OR NOT", "a:b", "NEAR(x y)", "*", "\"unclosed",
                "col:value", "^start", "(", ")", "a AND", "'", "\\", "name:zoe", "x\"y\"z"}) {
                assertThat(library.search(q)).as(q).isNotNull();
            }
        }
    }

    @Test
    void secondSyncRequestJoinsTheRunningOne() throws Exception {
        Path root = tmp.resolve("cards");
        TestCards.write(root.resolve("a.json"), "Slow");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CardReader slow = file -> {
            reading.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CardReader.standard().read(file);
        };
        try (Library library = Library.open(tmp.resolve("data"), slow)) {
            library.addRoot(root);
            CompletableFuture<SyncReport> first =
                    CompletableFuture.supplyAsync(() -> library.sync(SyncListener.NONE, () -> false));
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Patch> joinerPatch = new AtomicReference<>();
            CompletableFuture<SyncReport> second = CompletableFuture.supplyAsync(() -> library.sync(
                    new SyncListener() {
                        @Override
                        public void onPatch(Patch patch) {
                            joinerPatch.set(patch);
                        }
                    }, () -> false));
            Thread.sleep(200); // let the second request arrive while the first is blocked in the reader
            release.countDown();
            SyncReport a = first.get(10, TimeUnit.SECONDS);
            SyncReport b = second.get(10, TimeUnit.SECONDS);
            assertThat(b).isSameAs(a);
            assertThat(a.added()).isEqualTo(1);
            assertThat(joinerPatch.get()).isNotNull();
        }
    }

    @Test
    void everyEntryPointRefusesTheFxThread() throws Exception {
        try (Library library = Library.open(tmp.resolve("data"))) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread fx = new Thread(() -> {
                try {
                    library.loadSummaries();
                } catch (Throwable t) {
                    thrown.set(t);
                }
            }, "JavaFX Application Thread");
            fx.start();
            fx.join();
            assertThat(thrown.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JavaFX application thread");
        }
    }

    @Test
    void readCardUsesTheFirstReachableFile() throws IOException, CardFormatException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        TestCards.write(a.resolve("x.json"), "Reader", "detail text", List.of());
        Files.createDirectories(b);
        Files.copy(a.resolve("x.json"), b.resolve("x.json"));
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(a);
            library.addRoot(b);
            library.sync(SyncListener.NONE, () -> false);
            long id = library.loadSummaries().get(0).id();
            Files.delete(a.resolve("x.json"));

            CardFile card = library.readCard(id);

            assertThat(card.card().description()).isEqualTo("detail text");
            assertThat(card.path()).isEqualTo(b.resolve("x.json").toAbsolutePath());
            assertThatThrownBy(() -> library.readCard(999)).isInstanceOf(CardFormatException.class);
        }
    }

    @Test
    void thumbnailsAndSettingsRoundTripAndSurviveReopening() {
        Path file = tmp.resolve("x.png");
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.putThumbnail(file, 10, 20, new byte[] {1, 2, 3});
            library.putSetting("sort", "name");
            library.putSetting("sort", "added");
        }
        try (Library library = Library.open(tmp.resolve("data"))) {
            assertThat(library.thumbnail(file, 10, 20)).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
            assertThat(library.thumbnail(file, 10, 21)).isEmpty();
            assertThat(library.setting("sort")).hasValue("added");
            assertThat(library.setting("missing")).isEmpty();
        }
    }

    @Test
    void emptyTagIsRefused() {
        try (Library library = Library.open(tmp.resolve("data"))) {
            assertThatThrownBy(() -> library.addUserTag(1, "  ")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
