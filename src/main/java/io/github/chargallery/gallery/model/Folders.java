package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.gallery.sync.SyncRunner;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.LibraryRoot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library folders (roots) and what a drag-and-drop onto the window does: dropped folders become
 * roots, dropped card files are copied into the import folder, which the user picks once.
 */
final class Folders {
    static final String SETTING_IMPORT = "gallery.importFolder";

    private final ObservableList<LibraryRoot> roots = FXCollections.observableArrayList();
    private final ObservableList<Path> offlineRoots = FXCollections.observableArrayList();
    // what the view gets: it changes the folders through the commands, never directly
    private final ObservableList<LibraryRoot> shownRoots = FXCollections.unmodifiableObservableList(roots);
    private final ObservableList<Path> shownOffline = FXCollections.unmodifiableObservableList(offlineRoots);
    private final CardLibrary library;
    private final Jobs jobs;
    private final Importer importer;
    private final CardList cards;
    private final SyncRunner sync;
    private Path importFolder;
    private Function<List<LibraryRoot>, Optional<Path>> importFolderChooser = r -> Optional.empty();

    /** @param cards reloaded when a folder is removed; {@code sync} runs when one is added */
    Folders(CardLibrary library, Jobs jobs, Importer importer, CardList cards, SyncRunner sync) {
        this.library = library;
        this.jobs = jobs;
        this.importer = importer;
        this.cards = cards;
        this.sync = sync;
    }

    ObservableList<LibraryRoot> roots() {
        return roots;
    }

    ObservableList<Path> offlineRoots() {
        return offlineRoots;
    }

    ObservableList<LibraryRoot> readOnlyRoots() {
        return shownRoots;
    }

    ObservableList<Path> readOnlyOfflineRoots() {
        return shownOffline;
    }

    void setImportFolder(Path folder) {
        importFolder = folder;
    }

    void setImportFolderChooser(Function<List<LibraryRoot>, Optional<Path>> chooser) {
        this.importFolderChooser = chooser;
    }

    void reload() {
        jobs.inBackground("list the library folders", () -> {
            List<LibraryRoot> r = library.roots();
            jobs.onFx(() -> roots.setAll(r));
        });
    }

    void addRoots(List<Path> folders) {
        jobs.inBackground("add the library folder", () -> {
            for (Path f : folders) {
                library.addRoot(f.toAbsolutePath().normalize());
            }
            List<LibraryRoot> r = library.roots();
            jobs.onFx(() -> {
                roots.setAll(r);
                sync.refresh();
            });
        });
    }

    /** Forgets a folder and its cards in the index; its files are not touched. */
    void removeRoot(Path root) {
        Comparator<CardSummary> order = cards.order();
        jobs.inBackground("remove the library folder", () -> {
            library.removeRoot(root);
            CardList.Rows rows = CardList.Rows.read(library, order);
            List<LibraryRoot> r = library.roots();
            jobs.onFx(() -> {
                cards.replaceAll(rows);
                roots.setAll(r);
                offlineRoots.remove(root);
            });
        });
    }

    void drop(List<Path> dropped) {
        jobs.inBackground("look at the dropped files", () -> {
            Importer.Plan plan = importer.plan(dropped);
            jobs.onFx(() -> handleDrop(plan));
        });
    }

    private void handleDrop(Importer.Plan plan) {
        List<String> lines = new ArrayList<>();
        if (!plan.rejected().isEmpty()) {
            lines.add(Fmt.plural(plan.rejected().size(), "file was", "files were") + " not imported:");
            plan.rejected().forEach(r -> lines.add("• " + r));
        }
        if (!plan.folders().isEmpty()) {
            addRoots(plan.folders());
        }
        if (!plan.cards().isEmpty()) {
            Path folder = importFolder;
            if (folder == null) {
                folder = importFolderChooser.apply(List.copyOf(roots)).orElse(null);
                if (folder == null) {
                    lines.add(0, "Import cancelled: no import folder chosen.");
                } else {
                    importFolder = folder;
                    String value = folder.toString();
                    jobs.inBackground("remember the import folder", () -> library.putSetting(SETTING_IMPORT, value));
                }
            }
            if (folder != null) {
                importInto(folder, plan.cards(), lines);
                return;
            }
        }
        jobs.setNotice(lines.isEmpty() ? null : String.join("\n", lines));
    }

    private void importInto(Path folder, List<Path> cards, List<String> lines) {
        jobs.inBackground("import the dropped cards", () -> {
            List<String> failed = new ArrayList<>();
            int copied = 0;
            for (Path c : cards) {
                try {
                    Importer.copyInto(folder, c);
                    copied++;
                } catch (IOException e) {
                    failed.add("• " + c.getFileName() + " — could not be copied: " + e.getMessage());
                }
            }
            boolean known = library.roots().stream().anyMatch(r -> folder.toAbsolutePath().normalize().startsWith(r.path()));
            if (!known) {
                library.addRoot(folder.toAbsolutePath().normalize());
            }
            int n = copied;
            jobs.onFx(() -> {
                List<String> all = new ArrayList<>();
                all.add("Imported " + Fmt.plural(n, "card", "cards") + " into " + folder + ".");
                all.addAll(failed);
                all.addAll(lines);
                jobs.setNotice(String.join("\n", all));
                reload();
                sync.refresh();
            });
        });
    }
}
