package io.github.chargallery.gallery.view;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.gallery.model.Cleanup;
import io.github.chargallery.library.TrashBin;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** "3 cards moved to the trash — Undo", and the session's Recently trashed list, under the toolbar. */
final class TrashBar extends UndoBar {
    final MenuButton recent;

    TrashBar(Cleanup cleanup) {
        this(cleanup, new MenuButton("Recently trashed"));
    }

    private TrashBar(Cleanup cleanup, MenuButton recent) {
        super(new FontIcon(Material2MZ.RESTORE_FROM_TRASH),
                Bindings.createStringBinding(() -> cleanup.outcomeProperty().get() == null ? ""
                        : cleanup.outcomeProperty().get().text(), cleanup.outcomeProperty()),
                Bindings.createBooleanBinding(() -> cleanup.outcomeProperty().get() != null
                        && !cleanup.outcomeProperty().get().undo().isEmpty(), cleanup.outcomeProperty()),
                cleanup.outcomeProperty().isNotNull(), cleanup::undo, cleanup::closeOutcome, List.of(recent));
        this.recent = recent;
        recent.setGraphic(new FontIcon(Material2MZ.RESTORE_FROM_TRASH));
        recent.setMinWidth(Region.USE_PREF_SIZE);
        cleanup.recentlyTrashed().addListener((ListChangeListener<TrashBin.Entry>) c -> fill(cleanup));
        getStyleClass().add("trash-bar");
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
