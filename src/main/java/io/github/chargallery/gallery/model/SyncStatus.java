package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.SyncRunner;
import io.github.chargallery.library.LibraryRoot;
import io.github.chargallery.library.SyncProgress;
import io.github.chargallery.library.SyncReport;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's words and progress fraction for what the sync runner reports. FX thread. */
final class SyncStatus {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

    /** @param roots the library folders, to tell "no folders yet" from an empty sync */
    SyncStatus(SyncRunner sync, List<LibraryRoot> roots) {
        sync.syncingProperty().addListener((o, was, on) -> {
            if (on) {
                progress.set(-1);
                text.set("Scanning library folders…");
            }
        });
        sync.progressProperty().addListener((o, was, p) -> {
            if (p != null) {
                progress.set(fraction(p));
                text.set(describe(p));
            }
        });
        sync.endedProperty().addListener((o, was, end) -> {
            progress.set(0);
            text.set(describe(end, roots.isEmpty(), System.currentTimeMillis()));
        });
    }

    static double fraction(SyncProgress p) {
        return p.total() > 0 ? (double) p.scanned() / p.total() : -1;
    }

    static String describe(SyncProgress p) {
        if (p.total() < 0) {
            return "Looking for card files: " + Fmt.count(p.scanned()) + " found";
        }
        return "Scanning " + Fmt.count(p.scanned()) + " / " + Fmt.count(p.total()) + " files — "
                + Fmt.count(p.added()) + " new, " + Fmt.count(p.updated()) + " changed, " + Fmt.count(p.removed())
                + " removed, " + Fmt.count(p.errors()) + " unreadable";
    }

    static String describe(SyncRunner.Ended end, boolean noRoots, long nowMillis) {
        SyncReport report = end.report();
        if (end.failure() != null) {
            return "Sync failed (" + end.failure() + "); showing what the index holds";
        }
        if (report.cancelled()) {
            return "Sync cancelled at " + Fmt.time(nowMillis);
        }
        if (noRoots) {
            return "No library folders yet";
        }
        return "Last sync " + Fmt.time(nowMillis) + " (" + Fmt.seconds(report.millis()) + "): "
                + Fmt.count(report.added()) + " new, " + Fmt.count(report.updated()) + " changed, "
                + Fmt.count(report.removed()) + " removed";
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
