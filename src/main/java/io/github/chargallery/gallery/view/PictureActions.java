package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.gallery.model.CardDetail;
import io.github.chargallery.gallery.model.CardEditorModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Replace picture (PNG cards) or Save as PNG card (JSON and CHARX cards), from a picture the user picks. */
final class PictureActions extends HBox {
    private final Button replace = new Button("Picture…", new FontIcon(Material2AL.IMAGE));
    private final Button asPng = new Button("As PNG…", new FontIcon(Material2AL.ADD_PHOTO_ALTERNATE));

    PictureActions(CardEditorModel editor) {
        super(6);
        replace.setId("replace-picture");
        replace.setTooltip(new Tooltip("Replace picture: put this card onto another picture (PNG, JPEG, GIF, BMP;"
                + " the previous file is kept in the history)"));
        replace.setOnAction(e -> choose("Choose the card's new picture").ifPresent(editor::replacePicture));
        asPng.setId("save-as-png");
        asPng.setTooltip(new Tooltip("Save as PNG card: write this card into a new PNG card beside it, on a picture you choose"));
        asPng.setOnAction(e -> choose("Choose a picture for the PNG card").ifPresent(editor::saveAsPng));
        for (Button b : List.of(replace, asPng)) {
            b.disableProperty().bind(editor.busyProperty().or(editor.draftProperty().isNull()));
            b.managedProperty().bind(b.visibleProperty());
        }
        editor.detailProperty().addListener((o, a, d) -> show(d));
        // while editing, Save and Cancel take the room (and the picture waits until the edit is saved)
        visibleProperty().bind(editor.editingProperty().not());
        managedProperty().bind(visibleProperty());
        getChildren().addAll(replace, asPng);
        show(editor.detailProperty().get());
    }

    private void show(CardDetail d) {
        boolean readable = d != null && d.card() != null && !d.summary().files().isEmpty();
        boolean png = readable && CardFile.Format.of(d.summary().files().get(0)) == CardFile.Format.PNG;
        replace.setVisible(readable && png);
        asPng.setVisible(readable && !png);
    }

    private Optional<Path> choose(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                "Pictures (PNG, JPEG, GIF, BMP)", "*.png", "*.PNG", "*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.gif", "*.bmp"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
