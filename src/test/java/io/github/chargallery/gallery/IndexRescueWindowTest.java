package io.github.chargallery.gallery;

import io.github.chargallery.testing.TooNewIndex;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import static org.assertj.core.api.Assertions.assertThat;

/** A damaged or newer index through the window: said plainly, rebuilt only when the user asks, nothing lost. */
class IndexRescueWindowTest {
    @TempDir
    Path tmp;
    Path data;
    Path db;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void libraryWithAFavourite() throws Exception {
        Path cards = Files.createDirectories(tmp.resolve("cards"));
        for (String name : List.of("Ann", "Bea", "Cleo", "Dara")) {
            TestFiles.json(cards, name.toLowerCase() + ".json", name, "someone");
        }
        data = tmp.resolve("data");
        db = data.resolve(Library.DATABASE_FILE);
        try (Library library = Library.open(data)) {
            library.addRoot(cards);
            library.sync(SyncListener.NONE, () -> false);
            long cleo = library.loadSummaries().stream().filter(s -> s.name().equals("Cleo")).findFirst()
                    .orElseThrow().id();
            library.setFavorite(cleo, true);
        }
    }

    @Test
    void anIndexFromANewerVersionIsExplainedAndRebuiltOnTheUsersWord() throws Exception {
        TooNewIndex.make(data);
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(GalleryApp.class, "--data-dir", data.toString());
        try {
            await("rescue shown", () -> robot.lookup(".rescue").tryQuery().isPresent());
            assertThat(texts(".rescue .label")).anyMatch(t -> t.contains("newer version of Character Gallery"))
                    .anyMatch(t -> t.contains("kept, never deleted"));
            assertThat(movedAside()).as("nothing happens before the user says so").isEmpty();

            robot.clickOn(button("Rebuild index"));

            await("gallery back with its cards", () -> tileNames().size() == 4);
            assertThat(texts(".notice .label")).anyMatch(t -> t.startsWith("The library index was rebuilt"));
        } finally {
            FxToolkit.cleanupApplication(app);
        }
        assertThat(movedAside()).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .startsWith("library-newer-"));
        assertFavouriteKept();
    }

    @Test
    void damageFoundWhileInUseOffersTheRebuildInTheNoticeBar() throws Exception {
        // Garbage over the full-text index: the gallery opens and shows its cards; the first search hits it.
        long page = ((Number) sql("SELECT rootpage FROM sqlite_master WHERE name = 'card_words_data'")).longValue();
        int size = ((Number) sql("PRAGMA page_size")).intValue();
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((page - 1) * size);
            f.write(new byte[size]);
            f.seek((page - 1) * size);
            f.write("overwritten by a failing disk".getBytes());
        }
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(GalleryApp.class, "--data-dir", data.toString());
        try {
            await("cards shown from the index", () -> tileNames().size() == 4);
            robot.clickOn(robot.lookup(".search-field").queryAs(TextField.class)).write("an");

            await("rebuild offered", () -> robot.lookup(".notice .button").match(n -> n.isVisible()
                    && ((Button) n).getText().equals("Rebuild index…")).tryQuery().isPresent());
            await("damage explained", () -> texts(".notice .label").stream().anyMatch(t -> t.contains("is damaged")));
            robot.clickOn(button("Rebuild index…"));
            await("rescue shown", () -> robot.lookup(".rescue").tryQuery().isPresent());
            robot.clickOn(button("Rebuild index"));

            await("gallery back with its cards", () -> tileNames().size() == 4);
        } finally {
            FxToolkit.cleanupApplication(app);
        }
        assertThat(movedAside()).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .startsWith("library-damaged-"));
        assertFavouriteKept();
    }

    @Test
    void damageTheStartSyncFindsBeforeWritingOffersTheRebuildAndNothingIsWrittenIntoTheFile() throws Exception {
        // A damaged page the window's reads never touch (settings it does not use); the sync has a new card
        // to write, and checks the file first.
        try (Library library = Library.open(data)) {
            for (int i = 0; i < 300; i++) {
                library.putSetting(String.format("filler.%03d", i), "x".repeat(200));
            }
        }
        io.github.chargallery.testing.IndexDamage.overwriteLeafPage(db, "settings");
        byte[] damaged = Files.readAllBytes(db);
        TestFiles.json(tmp.resolve("cards"), "eve.json", "Eve", "someone");
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(GalleryApp.class, "--data-dir", data.toString());
        try {
            await("rebuild offered", () -> robot.lookup(".notice .button").match(n -> n.isVisible()
                    && ((Button) n).getText().equals("Rebuild index…")).tryQuery().isPresent());
            await("damage explained", () -> texts(".notice .label").stream().anyMatch(t -> t.contains("is damaged")));
            robot.interact(() -> button("Rebuild index…").fire()); // shown before the window's first layout settles
            await("rescue shown", () -> robot.lookup(".rescue").tryQuery().isPresent());
            robot.clickOn(button("Rebuild index"));

            await("gallery back with its cards, the new one too", () -> tileNames().size() == 5);
        } finally {
            FxToolkit.cleanupApplication(app);
        }
        assertThat(movedAside()).singleElement().satisfies(p -> {
            assertThat(p.getFileName().toString()).startsWith("library-damaged-");
            assertThat(Files.readAllBytes(p)).as("nothing was written into the damaged file").isEqualTo(damaged);
        });
        assertFavouriteKept();
    }

    private void assertFavouriteKept() {
        try (Library library = Library.open(data)) {
            assertThat(library.loadSummaries()).filteredOn(CardSummary::favorite).extracting(CardSummary::name)
                    .containsExactly("Cleo");
        }
    }

    private List<Path> movedAside() throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(p -> p.getFileName().toString().matches("library-(newer|damaged)-.*\\.db")).toList();
        }
    }

    private Button button(String text) {
        return robot.lookup(".button").match(n -> n.isVisible() && ((Button) n).getText().equals(text))
                .queryAs(Button.class);
    }

    /** The names the tiles show (each tile gives its card's name as its accessible text). */
    private List<String> tileNames() {
        return robot.lookup(".card-tile").queryAll().stream().map(Node::getAccessibleText).filter(Objects::nonNull).toList();
    }

    private List<String> texts(String query) {
        return robot.lookup(query).queryAll().stream().filter(Node::isVisible).map(n -> Objects.toString(((Labeled) n).getText(), "")).toList();
    }

    private Object sql(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            if (!sql.startsWith("SELECT") && !sql.equals("PRAGMA page_size")) {
                s.execute(sql);
                return null;
            }
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }
}
