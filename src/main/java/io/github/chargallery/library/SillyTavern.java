package io.github.chargallery.library;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.SillyTavernTable;
import io.github.chargallery.library.db.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The bridge to SillyTavern: linking its user data folders (each one's {@code characters/} becomes a root,
 * walked top level only, as SillyTavern reads it), what it knows of the archive's cards ({@link #state}),
 * sending cards there ({@link SillyTavernSender}: never overwriting) and adopting its tags. Every method
 * blocks (SQL, disk).
 */
public final class SillyTavern {
    private final Library library;
    private final Store store;
    private final SillyTavernSender sender;
    private final LongSupplier clock;

    SillyTavern(Library library, Store store, CardReader reader, LongSupplier clock) {
        this.library = library;
        this.store = store;
        this.clock = clock;
        this.sender = new SillyTavernSender(store, reader);
    }

    /**
     * Links a SillyTavern user data folder: checks it ({@link SillyTavernFolder#check}) and adds its
     * characters folder as a library root marked as SillyTavern's (no scan; sync after). Linking it again
     * does nothing.
     */
    public SillyTavernFolder link(Path userDir) {
        SillyTavernFolder folder = SillyTavernFolder.check(userDir);
        Path root = folder.characters();
        library.addRoot(root);
        store.db.write(() -> {
            long rootId = store.roots.find(Library.key(root)).orElseThrow();
            store.sillyTavern.link(rootId, Library.key(folder.userDir()), clock.getAsLong());
            return null;
        });
        return folder;
    }

    /**
     * Unlinks a folder ({@code null}: the only one linked): its characters root is forgotten like a removed
     * root. Nothing in SillyTavern's folder is touched; cards the archive holds elsewhere stay.
     */
    public SillyTavernFolder unlink(Path userDir) {
        List<SillyTavernTable.Row> rows = store.db.read(store.sillyTavern::all);
        SillyTavernTable.Row row;
        if (userDir == null) {
            if (rows.size() != 1) {
                throw new LibraryException(rows.isEmpty() ? "no SillyTavern folder is linked"
                        : "several SillyTavern folders are linked: say which (" + String.join(", ",
                        rows.stream().map(r -> FileNames.display(FileNames.path(r.userDir()))).toList()) + ")", null);
            }
            row = rows.get(0);
        } else {
            String k = Library.key(userDir);
            row = rows.stream().filter(r -> r.userDir().equals(k) || r.rootPath().equals(k)).findFirst()
                    .orElseThrow(() -> new LibraryException("not a linked SillyTavern folder: "
                            + FileNames.display(userDir), null));
        }
        store.db.write(() -> {
            store.sillyTavern.unlink(row.rootId());
            return null;
        });
        library.removeRoot(FileNames.path(row.rootPath()));
        return new SillyTavernFolder(FileNames.path(row.userDir()));
    }

    public List<SillyTavernFolder> links() {
        return store.db.read(store.sillyTavern::all).stream()
                .map(r -> new SillyTavernFolder(FileNames.path(r.userDir()))).toList();
    }

    /** The linked folder, when exactly one is linked or {@code userDir} names one; else why not. */
    public SillyTavernFolder target(Path userDir) {
        List<SillyTavernFolder> links = links();
        if (userDir != null) {
            Path d = userDir.toAbsolutePath().normalize();
            return links.stream().filter(f -> f.userDir().equals(d) || f.characters().equals(d)).findFirst()
                    .orElseThrow(() -> new LibraryException("not a linked SillyTavern folder: "
                            + FileNames.display(d) + " (link it first)", null));
        }
        if (links.size() == 1) {
            return links.get(0);
        }
        throw new LibraryException(links.isEmpty() ? "no SillyTavern folder is linked (link one first)"
                : "several SillyTavern folders are linked: say which one to send to", null);
    }

    /**
     * Which archive cards SillyTavern has, with its tags for them (settings.json) and their chats (the chats
     * folders' listing, never their contents), as the index last saw the characters folders.
     */
    public SillyTavernState state() {
        List<SillyTavernTable.Row> rows = store.db.read(store.sillyTavern::all);
        if (rows.isEmpty()) {
            return SillyTavernState.NONE;
        }
        List<SillyTavernTable.FileRow> files = store.db.read(store.sillyTavern::files);
        int matched = store.db.read(store.sillyTavern::matchedInArchive);
        List<SillyTavernFolder> links = new ArrayList<>();
        Map<Long, SillyTavernCard> cards = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int chats = 0;
        for (SillyTavernTable.Row row : rows) {
            SillyTavernFolder folder = new SillyTavernFolder(FileNames.path(row.userDir()));
            links.add(folder);
            if (!Files.isDirectory(folder.characters())) {
                problems.add("SillyTavern's characters folder is gone: " + FileNames.display(folder.characters()));
                continue;
            }
            SillyTavernTags tags = SillyTavernTags.read(folder.settings());
            if (tags.problem() != null) {
                problems.add(tags.problem());
            }
            Map<String, SillyTavernChats.Stats> chatStats = SillyTavernChats.read(folder.chats());
            for (SillyTavernTable.FileRow f : files) {
                if (f.rootId() != row.rootId()) {
                    continue;
                }
                String avatar = FileNames.display(FileNames.path(f.path()).getFileName());
                SillyTavernChats.Stats s = chatStats.getOrDefault(SillyTavernChats.folderOf(avatar),
                        SillyTavernChats.Stats.NONE);
                chats += s.count();
                SillyTavernCard card = new SillyTavernCard(folder, avatar, tags.of(avatar), s.count(), s.bytes(),
                        s.lastMillis());
                cards.merge(f.cardId(), card, SillyTavern::moreChats);
                if (f.sentFor() != null) {
                    cards.merge(f.sentFor(), card, SillyTavern::moreChats);
                }
            }
        }
        int there = files.size();
        return new SillyTavernState(links, cards, there, matched, chats, problems);
    }

    private static SillyTavernCard moreChats(SillyTavernCard a, SillyTavernCard b) {
        return b.chats() > a.chats() ? b : a;
    }

    /** Sends a card file to SillyTavern (see {@link SillyTavernSender#send}). */
    public SillyTavernSend send(Path file, SillyTavernFolder to) {
        return sender.send(file.toAbsolutePath().normalize(), to);
    }

    /** Sends a card of the index from its first readable file. */
    public SillyTavernSend send(long cardId, SillyTavernFolder to) {
        List<Path> paths = store.db.read(() -> store.files.pathsOf(cardId));
        if (paths.isEmpty()) {
            return SillyTavernSend.failed(Path.of("card " + cardId), to, "no file of this card is in the index");
        }
        SillyTavernSend last = null;
        for (Path p : paths) {
            last = sender.send(p, to);
            if (last.ok()) {
                return last;
            }
        }
        return last;
    }

    /** A copy of a card in a SillyTavern characters folder, with the chats SillyTavern has for that file. */
    public record Copy(SillyTavernFolder folder, Path file, SillyTavernChats.Stats chats) {
    }

    /** The card's copies in the linked SillyTavern folders (as the index last saw them) and their chats. */
    public List<Copy> copiesOf(long cardId) {
        List<SillyTavernTable.Row> rows = store.db.read(store.sillyTavern::all);
        List<SillyTavernTable.FileRow> files = store.db.read(store.sillyTavern::files);
        List<Copy> copies = new ArrayList<>();
        for (SillyTavernTable.FileRow f : files) {
            if (f.cardId() != cardId && (f.sentFor() == null || f.sentFor() != cardId)) {
                continue;
            }
            Path file = FileNames.path(f.path());
            rows.stream().filter(r -> r.rootId() == f.rootId()).findFirst().ifPresent(r -> {
                SillyTavernFolder folder = new SillyTavernFolder(FileNames.path(r.userDir()));
                String avatar = FileNames.display(file.getFileName());
                copies.add(new Copy(folder, file, SillyTavernChats.of(folder.chats()
                        .resolve(SillyTavernChats.folderOf(avatar)))));
            });
        }
        return copies;
    }

    /**
     * "Remove from SillyTavern": moves the card's copies in SillyTavern's folders to the trash (ask
     * {@link #copiesOf} first, to say how many chats they have); the archive's copies and SillyTavern's chats
     * stay (sent again under the same name, the card finds its chats again).
     */
    public TrashBin.Result remove(long cardId, TrashBin bin) {
        return bin.moveToTrash(copiesOf(cardId).stream().map(Copy::file).toList());
    }

    /** {@link #remove(long, TrashBin)} into this trash. */
    public TrashBin.Result remove(long cardId, io.github.chargallery.library.trash.Trash trash) {
        return remove(cardId, library.trashBin(trash));
    }

    /**
     * "Adopt as my tags": gives the card, as user tags, the tags SillyTavern has for it (those it lacks);
     * returns the ones added. settings.json is only read.
     */
    public List<String> adoptTags(long cardId) {
        Optional<SillyTavernCard> st = state().of(cardId);
        if (st.isEmpty()) {
            return List.of();
        }
        List<String> have = store.db.read(() -> store.userTags.of(cardId)).stream()
                .map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> added = new ArrayList<>();
        for (String t : st.get().tags()) {
            if (!have.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                library.addUserTag(cardId, t);
                added.add(t);
            }
        }
        return added;
    }
}
