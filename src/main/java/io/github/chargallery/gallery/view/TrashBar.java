package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.gallery.model.Cleanup;
import io.github.chargallery.library.TrashBin;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** "3 cards moved to the trash — Undo", and the session's Recently trashed list, under the toolbar. */
final class TrashBar extends HBox {
    final Button undo = new Button("Undo");
    final MenuButton recent = new MenuButton("Recently trashed");

    TrashBar(Cleanup cleanup) {
        super(10);
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> cleanup.outcomeProperty().get() == null ? ""
                : cleanup.outcomeProperty().get().text(), cleanup.outcomeProperty()));
        undo.getStyleClass().add(Styles.ACCENT);
        undo.setOnAction(e -> cleanup.undo());
        undo.visibleProperty().bind(Bindings.createBooleanBinding(() -> cleanup.outcomeProperty().get() != null
                && !cleanup.outcomeProperty().get().undo().isEmpty(), cleanup.outcomeProperty()));
        undo.managedProperty().bind(undo.visibleProperty());
        recent.setGraphic(new FontIcon(Material2MZ.RESTORE_FROM_TRASH));
        cleanup.recentlyTrashed().addListener((ListChangeListener<TrashBin.Entry>) c -> fill(cleanup));
        Button close = new Button("Dismiss");
        close.setOnAction(e -> cleanup.closeOutcome());
        for (Region r : new Region[] {undo, recent, close}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new FontIcon(Material2MZ.RESTORE_FROM_TRASH), text, undo, spacer, recent, close);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().addAll("notice", "trash-bar");
        visibleProperty().bind(cleanup.outcomeProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private void fill(Cleanup cleanup) {
        recent.getItems().clear();
        for (TrashBin.Entry e : cleanup.recentlyTrashed()) {
            String where = FileNames.display(e.trashed().original().getFileName());
            MenuItem item = new MenuItem(e.restored() ? e.name() + " (" + where + ") — restored"
                    : "Restore " + e.name() + " (" + where + ")");
            item.setDisable(e.restored());
            item.setOnAction(x -> cleanup.restore(e));
            recent.getItems().add(item);
        }
    }
}
