package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    void oddSearchInputIsTakenAsPlainWords() {
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
            // no word in it: as if the box were empty
            for (String q : new String[] {"\"", "-", ":", "*", "(", ")", "'", "\\", "^", "\"\""}) {
                assertThat(library.search(q)).as(q).containsExactlyInAnyOrder(zoe, marcus);
            }
            // FTS5 syntax a user types is text to find, never an operator or a column filter
            for (String q : new String[] {"AND", "OR NOT", "NEAR(x y)", "name:zoe", "col:value", "quiet AND"}) {
                assertThat(library.search(q)).as(q).isEmpty();
            }
            assertThat(library.search("\"pira")).as("an unclosed quote").containsExactly(zoe);
            assertThat(library.search("^pira")).containsExactly(zoe);
            assertThat(library.search("(quiet)")).containsExactly(marcus);
            assertThat(library.search("pirate\"captain\"")).containsExactly(zoe);
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
            AtomicReference<SyncReport> second = new AtomicReference<>();
            Thread joiner = new Thread(() -> second.set(library.sync(new SyncListener() {
                @Override
                public void onPatch(Patch patch) {
                    joinerPatch.set(patch);
                }
            }, () -> false)), "joiner");
            joiner.start();
            // the second request has joined once its thread is parked on the running sync's report
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (joiner.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                joiner.join(5);
            }
            assertThat(joiner.getState()).as("the second request waits for the first").isEqualTo(Thread.State.WAITING);
            release.countDown();
            SyncReport a = first.get(10, TimeUnit.SECONDS);
            joiner.join(10_000);
            assertThat(second.get()).isSameAs(a);
            assertThat(a.added()).isEqualTo(1);
            assertThat(joinerPatch.get().added()).as("the joiner gets the running sync's patches")
                    .extracting(CardSummary::name).containsExactly("Slow");
        }
    }

    /** A library call, as the test makes it. */
    interface Call {
        void run(Library library) throws Exception;
    }

    @Test
    void everyEntryPointRefusesTheFxThread() throws Exception {
        Path file = tmp.resolve("x.json");
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("loadSummaries", Library::loadSummaries);
        calls.put("changedElsewhere", Library::changedElsewhere);
        calls.put("sync", l -> l.sync(SyncListener.NONE, () -> false));
        calls.put("roots", Library::roots);
        calls.put("rootFailure", l -> l.rootFailure(tmp));
        calls.put("addRoot", l -> l.addRoot(tmp));
        calls.put("removeRoot", l -> l.removeRoot(tmp));
        calls.put("setFavorite", l -> l.setFavorite(1, true));
        calls.put("addUserTag", l -> l.addUserTag(1, "tag"));
        calls.put("removeUserTag", l -> l.removeUserTag(1, "tag"));
        calls.put("search", l -> l.search("zoe"));
        calls.put("cardIdOf", l -> l.cardIdOf(file));
        calls.put("readCard", l -> l.readCard(1));
        calls.put("thumbnail", l -> l.thumbnail(file, 1, 2));
        calls.put("putThumbnail", l -> l.putThumbnail(file, 1, 2, new byte[] {1}));
        calls.put("setting", l -> l.setting("k"));
        calls.put("putSetting", l -> l.putSetting("k", "v"));
        calls.put("open", l -> Library.open(tmp.resolve("other")).close());
        Map<String, String> notRefused = new LinkedHashMap<>();
        try (Library library = Library.open(tmp.resolve("data"))) {
            onFxNamedThread(() -> calls.forEach((name, call) -> {
                try {
                    call.run(library);
                    notRefused.put(name, "returned");
                } catch (IllegalStateException e) {
                    if (!e.getMessage().contains("JavaFX application thread")) {
                        notRefused.put(name, e.toString());
                    }
                } catch (Exception e) {
                    notRefused.put(name, e.toString());
                }
            }));
            assertThat(notRefused).as("calls that ran on the FX thread").isEmpty();
            assertThat(library.roots()).as("nothing was written").isEmpty();
            assertThat(library.setting("k")).isEmpty();
        }
    }

    private static void onFxNamedThread(Runnable work) throws InterruptedException {
        Thread fx = new Thread(work, "JavaFX Application Thread");
        fx.start();
        fx.join();
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
