package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardDetail;
import io.github.chargallery.gallery.model.CardEditorModel;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.library.CardSummary;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The selected card: a head (favourite, name, the editor's buttons, close) over the card's tabs
 * (overview, text, greetings, lorebook, raw JSON). The tabs live in their own classes; this shell only
 * holds them together.
 */
final class DetailPane extends BorderPane {
    private final ToggleButton favorite = new ToggleButton();
    private final Label title = new Label();
    private final TabPane tabs = new TabPane();
    private final CardEditorModel editor;
    private CardSummary shown;

    DetailPane(GalleryModel model, Thumbnails thumbnails, Consumer<Path> openFolder, Runnable close) {
        this.editor = model.editor();
        getStyleClass().add("detail-pane");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        FontIcon star = new FontIcon(Material2MZ.STAR_BORDER);
        star.getStyleClass().add("detail-star");
        favorite.setGraphic(star);
        favorite.selectedProperty().addListener((o, a, on) -> star.setIconCode(on ? Material2MZ.STAR : Material2MZ.STAR_BORDER));
        favorite.setTooltip(new Tooltip("Favourite"));
        favorite.getStyleClass().add("detail-favorite");
        favorite.setOnAction(e -> {
            if (shown != null) {
                model.setFavorite(shown, favorite.isSelected());
            }
        });
        Button closeButton = new Button(null, new FontIcon(Material2AL.CLOSE));
        closeButton.setTooltip(new Tooltip("Close details (the selection stays)"));
        closeButton.setOnAction(e -> close.run());
        closeButton.getStyleClass().add("detail-close");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button trash = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        trash.setTooltip(new Tooltip("Move to trash (Delete; undo from the bar)"));
        trash.getStyleClass().add("detail-trash");
        trash.setOnAction(e -> model.cleanup().moveToTrash(shown == null ? java.util.List.of() : java.util.List.of(shown)));
        HBox head = new HBox(6, favorite, title, spacer, trash, closeButton);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(8, 10, 4, 10));
        setTop(new VBox(head, new EditBar(editor, title -> io.github.chargallery.gallery.dialogs.Dialogs.chooseFolder(getScene().getWindow(), title)), new EditorMessage(editor)));
        tabs.getStyleClass().add("detail-tabs");
        tabs.getTabs().addAll(new OverviewTab(model, editor, thumbnails, openFolder), new TextTab(editor),
                new GreetingsTab(editor), new LorebookTab(editor), new RawJsonTab(editor));
        setCenter(tabs);
        setPrefWidth(400);
        setMinWidth(300);
        editor.detailProperty().addListener((o, a, b) -> show(b));
        show(editor.detailProperty().get());
    }

    private void show(CardDetail d) {
        shown = d == null ? null : d.summary();
        title.setText(shown == null ? "" : shown.name());
        favorite.setSelected(shown != null && shown.favorite());
    }

    /** The tokens line of the overview (see {@link OverviewTab#tokens}). */
    static String tokens(CardSummary s) {
        return OverviewTab.tokens(s);
    }

    TabPane tabs() {
        return tabs;
    }

    CardSummary shown() {
        return shown;
    }
}
