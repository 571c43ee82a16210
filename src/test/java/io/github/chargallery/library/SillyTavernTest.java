package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.testing.SillyTavernFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SillyTavernTest {
    @TempDir
    Path tmp;

    private Library open() {
        return Library.open(tmp.resolve("gallery-data"));
    }

    private static CardSummary named(Library library, String name) {
        return library.loadSummaries().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aFolderWithoutCharactersIsRefusedSayingWhichFolderToPick() throws Exception {
        Path dataRoot = tmp.resolve("SillyTavern").resolve("data");
        Path user = SillyTavernFolders.make(dataRoot);
        Files.createDirectories(tmp.resolve("empty"));
        try (Library library = open()) {
            SillyTavern st = library.sillyTavern().orElseThrow();
            assertThatThrownBy(() -> st.link(tmp.resolve("empty")))
                    .hasMessageContaining("is not a SillyTavern user data folder: it has no characters folder");
            assertThatThrownBy(() -> st.link(dataRoot))
                    .hasMessageContaining("did you mean " + user);
            assertThatThrownBy(() -> st.link(tmp.resolve("SillyTavern")))
                    .hasMessageContaining("did you mean " + user);
            assertThatThrownBy(() -> st.link(user.resolve("characters")))
                    .hasMessageContaining("did you mean its parent, " + user);
            assertThatThrownBy(() -> st.link(tmp.resolve("nowhere"))).hasMessageContaining("no such folder");
            assertThat(library.roots()).isEmpty();
        }
    }

    @Test
    void linkedCardsAreMatchedByIdentityWithTheirTagsAndChatsAndSpritesAreNotCards() throws Exception {
        Path user = SillyTavernFolders.make(tmp.resolve("st-data"));
        Path archive = tmp.resolve("archive");
        Files.createDirectories(archive);
        Files.copy(user.resolve("characters/Seraphina.png"), archive.resolve("seraphina-backup.png"));
        TestCards.writePng(archive.resolve("lira.png"), "Lira", "A catgirl.", List.of());
        byte[] settings = Files.readAllBytes(user.resolve("settings.json"));
        long settingsTime = Files.getLastModifiedTime(user.resolve("settings.json")).toMillis();
        try (Library library = open()) {
            library.addRoot(archive);
            SillyTavern st = library.sillyTavern().orElseThrow();
            st.link(user);
            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            assertThat(report.errors()).as("sprites are not unreadable cards").isZero();
            assertThat(library.roots()).extracting(LibraryRoot::path).contains(user.resolve("characters"));
            SillyTavernState state = st.state();
            assertThat(state.filesThere()).isEqualTo(2);
            assertThat(state.matchedInArchive()).isEqualTo(1);
            assertThat(state.chats()).isEqualTo(2);
            CardSummary seraphina = named(library, "Seraphina");
            assertThat(seraphina.files()).hasSize(2);
            SillyTavernCard there = state.of(seraphina.id()).orElseThrow();
            assertThat(there.file()).isEqualTo("Seraphina.png");
            assertThat(there.tags()).containsExactly("Fantasy", "Healer");
            assertThat(there.chats()).isEqualTo(2);
            assertThat(there.lastChatMillis()).isEqualTo(SillyTavernFolders.LAST_CHAT.toEpochMilli());
            SillyTavernCard aqua = state.of(named(library, "Aqua").id()).orElseThrow();
            assertThat(aqua.tags()).isEmpty();
            assertThat(aqua.chats()).isZero();
            assertThat(state.of(named(library, "Lira").id())).isEmpty();

            assertThat(st.adoptTags(seraphina.id())).containsExactly("Fantasy", "Healer");
            assertThat(named(library, "Seraphina").userTags()).containsExactlyInAnyOrder("Fantasy", "Healer");
            assertThat(st.adoptTags(seraphina.id())).as("adopting twice adds nothing").isEmpty();
        }
        assertThat(Files.readAllBytes(user.resolve("settings.json"))).isEqualTo(settings);
        assertThat(Files.getLastModifiedTime(user.resolve("settings.json")).toMillis()).isEqualTo(settingsTime);
    }

    @Test
    void sendNeverOverwritesAndKnowsACardThatIsThereAlready() throws Exception {
        Path user = SillyTavernFolders.make(tmp.resolve("st-data"));
        Path chars = user.resolve("characters");
        byte[] seraphinaBefore = Files.readAllBytes(chars.resolve("Seraphina.png"));
        Path archive = tmp.resolve("archive");
        Path otherSeraphina = TestCards.writePng(archive.resolve("other.png"), "Seraphina", "Another one.", List.of());
        Path lira = TestCards.writePng(archive.resolve("lira.png"), "Catgirls From Outerspace! | Lira", "A catgirl.",
                List.of());
        try (Library library = open()) {
            SillyTavern st = library.sillyTavern().orElseThrow();
            SillyTavernFolder folder = st.link(user);
            library.sync(SyncListener.NONE, () -> false);

            SillyTavernSend clash = st.send(otherSeraphina, folder);
            assertThat(clash.ok()).isTrue();
            assertThat(clash.already()).isFalse();
            assertThat(clash.file()).isEqualTo("Seraphina (2).png");
            assertThat(Files.readAllBytes(chars.resolve("Seraphina.png"))).isEqualTo(seraphinaBefore);

            SillyTavernSend first = st.send(lira, folder);
            assertThat(first.file()).isEqualTo("Catgirls From Outerspace! Lira.png");
            assertThat(CardReader.standard().read(chars.resolve(first.file())).card().name())
                    .isEqualTo("Catgirls From Outerspace! | Lira");
            SillyTavernSend again = st.send(lira, folder);
            assertThat(again.already()).isTrue();
            assertThat(again.file()).isEqualTo(first.file());
            assertThat(st.send(otherSeraphina, folder).already()).as("the clash's copy is found too").isTrue();

            Path seraphinaCopy = tmp.resolve("seraphina-copy.png");
            Files.write(seraphinaCopy, seraphinaBefore);
            SillyTavernSend same = st.send(seraphinaCopy, folder);
            assertThat(same.already()).isTrue();
            assertThat(same.file()).isEqualTo("Seraphina.png");

            Path broken = Files.writeString(tmp.resolve("broken.png"), "not a png");
            SillyTavernSend failed = st.send(broken, folder);
            assertThat(failed.ok()).isFalse();
            assertThat(failed.error()).isNotBlank();
        }
        try (Stream<Path> files = Files.list(chars)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("Seraphina.png",
                    "Aqua.png", "Seraphina", "Seraphina (2).png", "Catgirls From Outerspace! Lira.png");
        }
        if (Files.getFileStore(chars).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(chars.resolve("Seraphina (2).png"));
            assertThat(mode).as("the umask's mode, not a temp file's 0600").contains(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
            Path probe = Files.createFile(tmp.resolve("probe"));
            assertThat(mode).isEqualTo(Files.getPosixFilePermissions(probe));
        }
    }

    @Test
    void aSentCardShowsAsInSillyTavernAfterTheNextSyncAndUnlinkForgetsOnlyTheRoot() throws Exception {
        Path user = SillyTavernFolders.make(tmp.resolve("st-data"));
        Path archive = tmp.resolve("archive");
        TestCards.writePng(archive.resolve("lira.png"), "Lira", "A catgirl.", List.of());
        try (Library library = open()) {
            library.addRoot(archive);
            SillyTavern st = library.sillyTavern().orElseThrow();
            SillyTavernFolder folder = st.link(user);
            library.sync(SyncListener.NONE, () -> false);
            long lira = named(library, "Lira").id();
            assertThat(st.state().of(lira)).isEmpty();

            assertThat(st.send(lira, folder).file()).isEqualTo("Lira.png");
            library.sync(SyncListener.NONE, () -> false);
            assertThat(st.state().of(lira).orElseThrow().file()).isEqualTo("Lira.png");

            assertThat(st.unlink(null)).isEqualTo(folder);
            assertThat(st.links()).isEmpty();
            assertThat(library.roots()).extracting(LibraryRoot::path).containsExactly(archive);
            assertThat(st.state().linked()).isFalse();
            assertThat(named(library, "Lira").files()).containsExactly(archive.resolve("lira.png"));
        }
        assertThat(user.resolve("characters/Lira.png")).exists();
    }

    @Test
    void removeMovesOnlySillyTavernsCopyToTheTrashAndSaysHowManyChatsItHas() throws Exception {
        Path user = SillyTavernFolders.make(tmp.resolve("st-data"));
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Files.copy(user.resolve("characters/Seraphina.png"), archive.resolve("seraphina.png"));
        try (Library library = open()) {
            library.addRoot(archive);
            SillyTavern st = library.sillyTavern().orElseThrow();
            st.link(user);
            library.sync(SyncListener.NONE, () -> false);
            long seraphina = named(library, "Seraphina").id();
            List<SillyTavern.Copy> copies = st.copiesOf(seraphina);
            assertThat(copies).extracting(SillyTavern.Copy::file).containsExactly(user.resolve("characters/Seraphina.png"));
            assertThat(copies.get(0).chats().count()).isEqualTo(2);

            TrashBin bin = library.trashBin(io.github.chargallery.library.trash.Trash.forSystem("Linux",
                    java.util.Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString()), tmp.resolve("home").toString()));
            TrashBin.Result r = st.remove(seraphina, bin);
            assertThat(r.failed()).isEmpty();
            assertThat(user.resolve("characters/Seraphina.png")).doesNotExist();
            assertThat(tmp.resolve("xdg/Trash/files/Seraphina.png")).exists();
            assertThat(archive.resolve("seraphina.png")).exists();
            assertThat(user.resolve("chats/Seraphina")).isDirectory();
            assertThat(named(library, "Seraphina").files()).containsExactly(archive.resolve("seraphina.png"));
            assertThat(st.state().of(seraphina)).isEmpty();
        }
    }

    @Test
    void aJsonCardIsSentConvertedOnceAndItsArchiveCardShowsItIsThere() throws Exception {
        Path user = SillyTavernFolders.make(tmp.resolve("st-data"));
        Path archive = tmp.resolve("archive");
        Path json = TestCards.write(archive.resolve("zoe.json"), "Zoe");
        try (Library library = open()) {
            library.addRoot(archive);
            SillyTavern st = library.sillyTavern().orElseThrow();
            SillyTavernFolder folder = st.link(user);
            library.sync(SyncListener.NONE, () -> false);
            long zoe = named(library, "Zoe").id();

            SillyTavernSend sent = st.send(json, folder);
            assertThat(sent.error()).isNull();
            assertThat(sent.file()).isEqualTo("Zoe.png");
            Path png = user.resolve("characters/Zoe.png");
            assertThat(SillyTavernPng.hasTextCardChunk(Files.readAllBytes(png))).isTrue();
            assertThat(CardReader.standard().read(png).card().description()).isEqualTo("A character called Zoe.");
            assertThat(st.send(json, folder).already()).as("before the next scan too").isTrue();

            library.sync(SyncListener.NONE, () -> false);
            assertThat(st.state().of(zoe).orElseThrow().file()).isEqualTo("Zoe.png");
            assertThat(st.state().matchedInArchive()).as("the converted copy stands for the archive's card").isEqualTo(1);
            assertThat(st.send(json, folder).already()).isTrue();
            assertThat(st.copiesOf(zoe)).extracting(SillyTavern.Copy::file).containsExactly(png);
        }
    }

    @Test
    void fileNamesAreSafeOnEveryOs() {
        assertThat(SafeFileName.of("AC/DC: \"Live\" <at> *Wembley*?|\\")).isEqualTo("AC DC Live at Wembley");
        assertThat(SafeFileName.of("  ...dots and spaces... ")).isEqualTo("dots and spaces");
        assertThat(SafeFileName.of("CON")).isEqualTo("CON_");
        assertThat(SafeFileName.of("com1.backup")).isEqualTo("com1.backup_");
        assertThat(SafeFileName.of("Console")).isEqualTo("Console");
        assertThat(SafeFileName.of("")).isEqualTo("character");
        assertThat(SafeFileName.of("???")).isEqualTo("character");
        assertThat(SafeFileName.of(null)).isEqualTo("character");
        assertThat(SafeFileName.of("tab\tnew\nline\u0000")).isEqualTo("tab new line");
        assertThat(SafeFileName.of("x".repeat(500))).hasSize(SafeFileName.MAX_CHARS);
        String emoji = SafeFileName.of("😀".repeat(300));
        assertThat(emoji.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(SafeFileName.MAX_BYTES);
        assertThat(emoji.codePoints().allMatch(cp -> cp == 0x1F600)).as("no half characters").isTrue();
        assertThat(SafeFileName.of("a".repeat(99) + " .b")).doesNotEndWith(" ").doesNotEndWith(".");
    }

    @Test
    void theChatsFolderOfAnAvatarDropsItsFirstPng() {
        assertThat(SillyTavernChats.folderOf("Seraphina.png")).isEqualTo("Seraphina");
        assertThat(SillyTavernChats.folderOf("Seraphina (2).png")).isEqualTo("Seraphina (2)");
    }

    @Test
    void commonPlacesAreSuggested() throws Exception {
        Path home = tmp.resolve("home");
        Path local = SillyTavernFolders.make(home.resolve("SillyTavern/data"));
        Path global = SillyTavernFolders.make(home.resolve(".local/share/SillyTavern/data"));
        Path asRoot = SillyTavernFolders.make(tmp.resolve("elsewhere/ST/data"));
        List<Path> found = SillyTavernFolder.suggestions(home, java.util.Map.of(), "Linux",
                List.of(asRoot.resolve("characters"), tmp.resolve("elsewhere/ST")));
        assertThat(found).containsExactly(local, global, asRoot);
    }
}
