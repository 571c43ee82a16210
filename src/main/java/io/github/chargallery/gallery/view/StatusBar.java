package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.library.SkippedFolder;
import io.github.chargallery.library.SyncReport;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Bottom bar: sync progress or the last sync's summary, unreadable files (clickable), folders the last
 * sync had to skip (reasons in the tooltip), offline folders, card count.
 */
final class StatusBar extends HBox {
    final ProgressBar progress = new ProgressBar();
    final Label syncText = new Label();
    final Hyperlink errors = new Hyperlink();
    final Label offline = new Label();
    final Label skipped = new Label();
    final Label count = new Label();
    final Label selected = new Label();

    StatusBar(GalleryModel model, Runnable showErrors) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.syncingProperty());
        progress.managedProperty().bind(model.syncingProperty());
        syncText.textProperty().bind(model.syncTextProperty());
        syncText.setMinWidth(Region.USE_PREF_SIZE);
        errors.textProperty().bind(Bindings.createStringBinding(
                () -> Fmt.plural(model.errors().size(), "unreadable file", "unreadable files"), model.errors()));
        errors.visibleProperty().bind(Bindings.isNotEmpty(model.errors()));
        errors.managedProperty().bind(errors.visibleProperty());
        errors.setOnAction(e -> showErrors.run());
        errors.getStyleClass().add("status-errors");
        offline.textProperty().bind(Bindings.createStringBinding(() -> model.offlineRoots().isEmpty() ? ""
                : "Offline: " + String.join(", ", model.offlineRoots().stream().map(Object::toString).toList()),
                model.offlineRoots()));
        offline.visibleProperty().bind(Bindings.isNotEmpty(model.offlineRoots()));
        offline.managedProperty().bind(offline.visibleProperty());
        offline.getStyleClass().add("status-offline");
        skipped.textProperty().bind(Bindings.createStringBinding(() -> skippedText(skipped(model)),
                model.lastReportProperty()));
        // made when a folder is first skipped: the first Tooltip costs 15-45 ms, on the way to the first frame
        skipped.textProperty().addListener((o, was, text) -> {
            if (!text.isEmpty() && skipped.getTooltip() == null) {
                skipped.setTooltip(skippedTip(model));
            }
        });
        skipped.visibleProperty().bind(skipped.textProperty().isNotEmpty());
        skipped.managedProperty().bind(skipped.visibleProperty());
        skipped.getStyleClass().add("status-offline");
        count.textProperty().bind(model.countTextProperty());
        count.getStyleClass().add("status-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        selected.textProperty().bind(model.selection().textProperty());
        selected.getStyleClass().add("status-selected");
        selected.setMinWidth(Region.USE_PREF_SIZE);
        selected.visibleProperty().bind(selected.textProperty().isNotEmpty());
        selected.managedProperty().bind(selected.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(progress, syncText, errors, skipped, offline, spacer, selected, count);
    }

    private static Tooltip skippedTip(GalleryModel model) {
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.createStringBinding(() -> skipped(model).stream().map(SkippedFolder::reason)
                .collect(Collectors.joining("\n", "", "\nTheir cards are kept as they were until the folder can be read."
                )), model.lastReportProperty()));
        return why;
    }

    private static List<SkippedFolder> skipped(GalleryModel model) {
        SyncReport r = model.lastReportProperty().get();
        return r == null ? List.of() : r.skippedFolders();
    }

    static String skippedText(List<SkippedFolder> folders) {
        if (folders.isEmpty()) {
            return "";
        }
        String names = folders.stream().limit(3).map(f -> f.folder().toString()).collect(Collectors.joining(", "));
        return "Skipped " + Fmt.plural(folders.size(), "unreadable folder", "unreadable folders") + ": " + names
                + (folders.size() > 3 ? ", …" : "");
    }
}
