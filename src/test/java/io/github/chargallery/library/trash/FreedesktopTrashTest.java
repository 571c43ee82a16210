package io.github.chargallery.library.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The freedesktop.org Trash specification 1.0 against a temporary XDG_DATA_HOME. */
class FreedesktopTrashTest {
    @TempDir
    Path tmp;
    Path data;
    Path cards;
    FreedesktopTrash trash;

    @BeforeEach
    void setUp() throws Exception {
        data = tmp.resolve("xdg-data");
        cards = Files.createDirectories(tmp.resolve("my cards"));
        trash = new FreedesktopTrash(data.resolve("Trash"), () -> LocalDateTime.of(2026, 3, 4, 5, 6, 7, 890_000_000));
    }

    @Test
    void theHomeTrashFollowsXdgDataHome() {
        assertThat(FreedesktopTrash.of(Map.of("XDG_DATA_HOME", data.toString()), "/home/x").homeTrash())
                .isEqualTo(data.resolve("Trash"));
        assertThat(FreedesktopTrash.of(Map.of(), "/home/x").homeTrash()).isEqualTo(Path.of("/home/x/.local/share/Trash"));
    }

    @Test
    void aTrashedFileHasASpecConformantInfoFile() throws Exception {
        Path card = Files.writeString(cards.resolve("Zoë & Ann #1.png"), "card bytes");

        TrashedFile t = trash.moveToTrash(card);

        assertThat(card).doesNotExist();
        assertThat(t.trashedAs()).isEqualTo(data.resolve("Trash/files/Zoë & Ann #1.png"));
        assertThat(t.info()).isEqualTo(data.resolve("Trash/info/Zoë & Ann #1.png.trashinfo"));
        String escapedFolder = cards.toString().replace(" ", "%20");
        assertThat(Files.readString(t.info(), StandardCharsets.UTF_8)).isEqualTo("[Trash Info]\n"
                + "Path=" + escapedFolder + "/Zo%C3%AB%20%26%20Ann%20%231.png\n"
                + "DeletionDate=2026-03-04T05:06:07\n");
        assertThat(FreedesktopTrash.originalOf(t.info(), null)).isEqualTo(card);
    }

    @Test
    void aNameAlreadyInTheTrashGetsAUniqueName() throws Exception {
        Path a = Files.writeString(Files.createDirectories(cards.resolve("a")).resolve("Aira.png"), "first");
        Path b = Files.writeString(Files.createDirectories(cards.resolve("b")).resolve("Aira.png"), "second");

        TrashedFile ta = trash.moveToTrash(a);
        TrashedFile tb = trash.moveToTrash(b);

        assertThat(tb.trashedAs()).isNotEqualTo(ta.trashedAs()).isEqualTo(data.resolve("Trash/files/Aira.2.png"));
        assertThat(Files.readString(ta.trashedAs())).isEqualTo("first");
        assertThat(Files.readString(tb.trashedAs())).isEqualTo("second");
        assertThat(Files.readString(tb.info())).contains("Path=" + b.toString().replace(" ", "%20") + "\n");
    }

    @Test
    void restoreIsByteIdenticalAndRemovesTheInfoFile() throws Exception {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path card = Files.write(cards.resolve("Nova.png"), bytes);
        TrashedFile t = trash.moveToTrash(card);

        Path back = trash.restore(t);

        assertThat(back).isEqualTo(card);
        assertThat(Files.readAllBytes(card)).isEqualTo(bytes);
        assertThat(t.info()).doesNotExist();
        assertThat(t.trashedAs()).doesNotExist();
    }

    @Test
    void restoreBesideAFileNowAtThePathUsesANumberedName() throws Exception {
        Path card = Files.writeString(cards.resolve("Nova.png"), "old");
        TrashedFile t = trash.moveToTrash(card);
        Files.writeString(card, "new one");

        Path back = trash.restore(t);

        assertThat(back).isEqualTo(cards.resolve("Nova (2).png"));
        assertThat(Files.readString(back)).isEqualTo("old");
        assertThat(Files.readString(card)).isEqualTo("new one");
    }

    @Test
    void aFileGoneFromTheTrashCannotBeRestoredAndNothingElseChanges() throws Exception {
        Path card = Files.writeString(cards.resolve("Nova.png"), "x");
        TrashedFile t = trash.moveToTrash(card);
        Files.delete(t.trashedAs()); // the user emptied the trash

        assertThatThrownBy(() -> trash.restore(t)).isInstanceOf(TrashException.class)
                .hasMessageContaining("no longer in the trash");
        assertThat(card).doesNotExist();
    }

    @Test
    void aMissingFileIsRefusedWithItsName() {
        assertThatThrownBy(() -> trash.moveToTrash(cards.resolve("ghost.png"))).isInstanceOf(TrashException.class)
                .hasMessageContaining("ghost.png").hasMessageContaining("no such file");
    }

    @Test
    void whenNoTrashCanBeMadeTheFileStays() throws Exception {
        Path card = Files.writeString(cards.resolve("Nova.png"), "x");
        Files.writeString(tmp.resolve("not-a-folder"), "");
        FreedesktopTrash broken = new FreedesktopTrash(tmp.resolve("not-a-folder/Trash"), LocalDateTime::now);

        assertThat(broken.unavailable(card)).isPresent();
        assertThatThrownBy(() -> broken.moveToTrash(card)).isInstanceOf(TrashException.class)
                .hasMessageContaining("cannot be made");
        assertThat(card).hasContent("x");
    }

    @Test
    void windowsAndMacHaveNoTrashFromTheCommandLine() {
        Trash t = Trash.forSystem("Windows 11", Map.of(), "C:\\Users\\x");
        assertThat(t.unavailable(Path.of("x.png"))).get().asString().contains("no trash");
        assertThat(t.canRestore()).isFalse();
    }
}
