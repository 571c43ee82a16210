package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.gallery.sync.SyncRunner;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import io.github.chargallery.library.SillyTavern;
import io.github.chargallery.library.SillyTavernFolder;
import io.github.chargallery.library.SillyTavernSend;
import io.github.chargallery.library.SillyTavernState;
import io.github.chargallery.library.TrashBin;
import io.github.chargallery.library.trash.Trash;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's side of the SillyTavern bridge: what the linked folders hold ({@link #stateProperty}, read on
 * the background after every sync: the chats' listing and settings.json, never the chats), linking,
 * sending and removing cards, adopting tags. Outcomes are told in the notice bar. FX thread; the work runs
 * on the background.
 */
public final class SillyTavernModel {
    static final String SETTING_OFFERED = "sillytavern.offered";

    private final CardLibrary library;
    private final Jobs jobs;
    private final SyncRunner sync;
    private final CardList cards;
    private final ReadOnlyObjectWrapper<SillyTavernState> state = new ReadOnlyObjectWrapper<>(SillyTavernState.NONE);
    private Trash trash = Trash.forThisSystem();

    SillyTavernModel(CardLibrary library, Jobs jobs, SyncRunner sync, CardList cards) {
        this.library = library;
        this.jobs = jobs;
        this.sync = sync;
        this.cards = cards;
    }

    /** One whose tags the search filters on and the tag list counts, as the cards' own. */
    static SillyTavernModel wired(CardLibrary library, Jobs jobs, SyncRunner sync, CardList cards, Search search,
                                  TagCounter tags) {
        SillyTavernModel m = new SillyTavernModel(library, jobs, sync, cards);
        tags.setSillyTavern(m::state);
        m.state.addListener((o, a, st) -> {
            search.setSillyTavern(st);
            tags.recount(true);
        });
        return m;
    }

    /** The trash "Remove from SillyTavern" uses (the app gives the system's; tests a folder's). */
    public void setTrash(Trash trash) {
        this.trash = trash;
    }

    public ReadOnlyObjectProperty<SillyTavernState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public SillyTavernState state() {
        return state.get();
    }

    /** Whether this library has the bridge at all (the index does). */
    public boolean available() {
        return library.sillyTavern().isPresent();
    }

    /** Reads the linked folders again (after a sync: the index knows what is in characters/ now). */
    void reload() {
        jobs.inBackground("read SillyTavern's folders", () -> {
            SillyTavernState s;
            try {
                s = library.sillyTavern().map(SillyTavern::state).orElse(SillyTavernState.NONE);
            } catch (RuntimeException e) {
                return; // an index that cannot be read: the sync says why; the badges stay as they were
            }
            jobs.onFx(() -> state.set(s));
        });
    }

    /** Links a SillyTavern user data folder, then scans it; a folder that is not one is refused in the notice. */
    public void link(Path userDir) {
        jobs.inBackground("link SillyTavern", () -> {
            SillyTavernFolder f = bridge().link(userDir);
            jobs.onFx(() -> {
                jobs.setNotice("Linked SillyTavern (" + f.user() + "): its characters folder is in the library now.");
                sync.refresh();
            });
        });
    }

    public void unlink(SillyTavernFolder folder) {
        jobs.inBackground("unlink SillyTavern", () -> {
            bridge().unlink(folder.userDir());
            CardList.Rows rows = CardList.Rows.read(library, cards.order());
            SillyTavernState s = bridge().state();
            jobs.onFx(() -> {
                cards.replaceAll(rows);
                state.set(s);
                jobs.setNotice("Unlinked SillyTavern (" + folder.user() + "); nothing in its folder was touched.");
                sync.refresh();
            });
        });
    }

    /**
     * Copies the card into the linked SillyTavern folder (the only one, or the first), never overwriting;
     * says what it did. SillyTavern lists it on its next character refresh, running or not.
     */
    public void send(CardSummary card) {
        jobs.inBackground("send to SillyTavern", () -> {
            SillyTavern st = bridge();
            List<SillyTavernFolder> links = st.links();
            if (links.isEmpty()) {
                jobs.onFx(() -> jobs.setNotice("Link SillyTavern first (SillyTavern menu)."));
                return;
            }
            SillyTavernSend r = st.send(card.id(), links.get(0));
            String text = !r.ok() ? "Not sent to SillyTavern: " + r.error()
                    : r.already() ? "“" + card.name() + "” is already in SillyTavern as " + r.file() + "."
                    : "Sent “" + card.name() + "” to SillyTavern as " + r.file()
                    + ": it lists it on its next character refresh (no restart needed).";
            jobs.onFx(() -> {
                jobs.setNotice(text);
                if (r.ok() && !r.already()) {
                    sync.refresh();
                }
            });
        });
    }

    /** Sends each of these cards as {@link #send} does, in one background job, and says in one notice what it did. */
    public void sendAll(List<CardSummary> chosen) {
        if (chosen.size() == 1) {
            send(chosen.get(0));
            return;
        }
        jobs.inBackground("send to SillyTavern", () -> {
            SillyTavern st = bridge();
            List<SillyTavernFolder> links = st.links();
            if (links.isEmpty()) {
                jobs.onFx(() -> jobs.setNotice("Link SillyTavern first (SillyTavern menu)."));
                return;
            }
            int sent = 0;
            int already = 0;
            List<String> failed = new java.util.ArrayList<>();
            for (CardSummary c : chosen) {
                SillyTavernSend r = st.send(c.id(), links.get(0));
                if (!r.ok()) {
                    failed.add(c.name() + ": " + r.error());
                } else if (r.already()) {
                    already++;
                } else {
                    sent++;
                }
            }
            int n = sent;
            String text = "Sent " + Fmt.plural(sent, "card", "cards") + " to SillyTavern"
                    + (already > 0 ? "; " + already + (already == 1 ? " was" : " were") + " there already" : "")
                    + (failed.isEmpty() ? "" : "; not sent: " + failed.get(0)
                    + (failed.size() > 1 ? " and " + (failed.size() - 1) + " more" : "")) + ".";
            jobs.onFx(() -> {
                jobs.setNotice(text);
                if (n > 0) {
                    sync.refresh();
                }
            });
        });
    }

    /** The card's copies in SillyTavern and their chats, to say before removing them. */
    public void copies(CardSummary card, Consumer<List<SillyTavern.Copy>> then) {
        jobs.inBackground("read SillyTavern's copy", () -> {
            List<SillyTavern.Copy> c = bridge().copiesOf(card.id());
            jobs.onFx(() -> then.accept(c));
        });
    }

    /** Moves SillyTavern's copies of the card to the trash; the archive's copy and the chats stay. */
    public void remove(CardSummary card) {
        Trash t = trash;
        jobs.inBackground("remove from SillyTavern", () -> {
            TrashBin.Result r = bridge().remove(card.id(), t);
            SillyTavernState s = bridge().state();
            String text = r.failed().isEmpty() ? "Moved SillyTavern's copy of “" + card.name() + "” to the trash;"
                    + " the archive's copy stays."
                    : "Not removed from SillyTavern: " + r.failed().get(0).failure() + " (nothing was deleted)";
            jobs.onFx(() -> {
                cards.apply(List.of(r.patch()));
                state.set(s);
                jobs.setNotice(text);
            });
        });
    }

    /** Copies SillyTavern's tags of the card into its user tags. */
    public void adoptTags(CardSummary card) {
        jobs.inBackground("adopt SillyTavern's tags", () -> {
            List<String> added = bridge().adoptTags(card.id());
            jobs.onFx(() -> {
                CardSummary now = cards.get(card.id());
                if (now != null && !added.isEmpty()) {
                    List<String> tags = new java.util.ArrayList<>(now.userTags());
                    tags.addAll(added);
                    cards.apply(List.of(new Patch(List.of(), List.of(now.withUserTags(tags)), List.of())));
                }
                jobs.setNotice(added.isEmpty() ? "“" + card.name() + "” has all its SillyTavern tags already."
                        : "Added " + String.join(", ", added) + " to your tags of “" + card.name() + "”.");
            });
        });
    }

    /**
     * Offers, once, to link a SillyTavern install found at a common place, when none is linked: {@code offer}
     * gets the folders found and says whether the user took one (then it is linked).
     */
    public void offerOnFirstStart(List<Path> roots, java.util.function.Function<List<Path>, Optional<Path>> offer) {
        jobs.inBackground("look for SillyTavern", () -> {
            Optional<SillyTavern> st = library.sillyTavern();
            try {
                if (st.isEmpty() || !st.get().links().isEmpty() || library.setting(SETTING_OFFERED).isPresent()) {
                    return;
                }
            } catch (RuntimeException e) {
                return; // an index that cannot be read is no time to offer anything; the sync says why
            }
            List<Path> found = SillyTavernFolder.suggestions(Path.of(System.getProperty("user.home")),
                    System.getenv(), System.getProperty("os.name", ""), roots);
            if (found.isEmpty()) {
                return;
            }
            library.putSetting(SETTING_OFFERED, "1");
            jobs.onFx(() -> offer.apply(found).ifPresent(this::link));
        });
    }

    private SillyTavern bridge() {
        return library.sillyTavern().orElseThrow(() -> new IllegalStateException("this library has no SillyTavern bridge"));
    }
}
