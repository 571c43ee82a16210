package io.github.chargallery.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is opened before the window, from main on a thread of its own or in init() without main. */
class EarlyStartTest {
    @TempDir
    Path dir;

    @Test
    void withoutMainTheIndexOpensWhenTaken() {
        EarlyStart.Opened o = EarlyStart.take(List.of("--data-dir", dir.resolve("data").toString()));
        try {
            assertThat(o.library()).isNotNull();
            assertThat(o.guard().owns()).isTrue();
            assertThat(o.dataDir()).isEqualTo(dir.resolve("data"));
            assertThat(o.openError()).isNull();
        } finally {
            close(o);
        }
    }

    @Test
    void begunFromMainItHandsOverTheIndexItOpened() {
        List<String> args = List.of("--data-dir", dir.resolve("data").toString());
        EarlyStart.begin(args);
        EarlyStart.Opened o = EarlyStart.take(args);
        try {
            assertThat(o.library()).isNotNull();
            assertThat(o.guard().owns()).isTrue();
            assertThat(o.options().dataDir()).isEqualTo(dir.resolve("data"));
        } finally {
            close(o);
        }
    }

    @Test
    void begunForOtherArgumentsItLetsGoOfThatFolderAndOpensTheAskedOne() throws Exception {
        EarlyStart.begin(List.of("--data-dir", dir.resolve("first").toString()));
        EarlyStart.Opened o = EarlyStart.take(List.of("--data-dir", dir.resolve("second").toString()));
        try {
            assertThat(o.dataDir()).isEqualTo(dir.resolve("second"));
            assertThat(o.library()).isNotNull();
        } finally {
            close(o);
        }
        // the first folder is free again: a new start owns it
        EarlyStart.Opened again = EarlyStart.take(List.of("--data-dir", dir.resolve("first").toString()));
        try {
            assertThat(again.guard().owns()).isTrue();
        } finally {
            close(again);
        }
    }

    @Test
    void anIndexThatCannotBeOpenedIsReportedNotThrown() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("library.db"), "not a database");
        EarlyStart.Opened o = EarlyStart.take(List.of("--data-dir", data.toString()));
        try {
            assertThat(o.library()).isNull();
            assertThat(o.unusable() != null || o.openError() != null).isTrue();
        } finally {
            close(o);
        }
    }

    @Test
    void begunFromMainTheModelReadsTheIndexAndHandsItsRowsOverOnceReleased() throws Exception {
        Path cards = dir.resolve("cards");
        io.github.chargallery.testing.TestFiles.json(cards, "a.json", "Aria", "Ann");
        io.github.chargallery.testing.TestFiles.json(cards, "b.json", "Bram", "Ben");
        try (var lib = io.github.chargallery.library.Library.open(dir.resolve("data"))) {
            lib.addRoot(cards);
            lib.sync(io.github.chargallery.library.SyncListener.NONE, () -> false);
        }
        List<String> args = List.of("--data-dir", dir.resolve("data").toString());
        EarlyStart.begin(args);
        EarlyStart.Opened o = EarlyStart.take(args);
        try {
            var model = o.model().model();
            org.testfx.api.FxToolkit.registerPrimaryStage();
            o.model().release();
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> model.loadedProperty().get());
            assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> model.cards().stream()
                    .map(c -> c.name()).toList()).get()).containsExactly("Aria", "Bram");
        } finally {
            close(o);
        }
    }

    private static void close(EarlyStart.Opened o) {
        if (o.model() != null) {
            o.model().abandon();
        }
        if (o.library() != null) {
            o.library().close();
        }
        o.guard().release();
    }
}
