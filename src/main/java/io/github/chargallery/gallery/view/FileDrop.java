package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.GalleryModel;
import java.io.File;
import javafx.scene.layout.Region;
import javafx.scene.input.TransferMode;

/** Files dragged onto the window: marked while over it, handed to the model when dropped. */
final class FileDrop {
    private FileDrop() {
    }

    static void install(Region root, GalleryModel model) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains("drop-target")) {
                    root.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        root.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.drop(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            root.getStyleClass().remove("drop-target");
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
