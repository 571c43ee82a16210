package io.github.chargallery.gallery;

import io.github.chargallery.library.CardSummary;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.controlsfx.control.GridCell;

/** One card in the grid: thumbnail, name, creator and badges. Cells are recycled as the grid scrolls. */
final class CardTile extends GridCell<CardSummary> {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FAVORITE = PseudoClass.getPseudoClass("favorite");

    private final GalleryModel model;
    private final Thumbnails thumbnails;
    private final ImageView image = new ImageView();
    private final Label initials = new Label();
    private final Label name = new Label();
    private final Label creator = new Label();
    private final Label spec = new Label();
    private final SVGPath star = Icons.star("tile-star");
    private final StackPane starButton = new StackPane(star);
    private final Label error = new Label(null, Icons.warning("tile-warning"));
    private final Label offline = new Label(null, Icons.offline("tile-offline"));
    private final Tooltip errorTip = new Tooltip();

    CardTile(GalleryModel model, Thumbnails thumbnails, DoubleProperty tileWidth) {
        this.model = model;
        this.thumbnails = thumbnails;
        getStyleClass().add("card-tile");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.fitWidthProperty().bind(tileWidth);
        image.fitHeightProperty().bind(tileWidth.multiply(4.0 / 3));
        initials.getStyleClass().add("tile-initials");
        StackPane picture = new StackPane(initials, image, starButton, spec, error, offline);
        picture.getStyleClass().add("tile-picture");
        picture.prefHeightProperty().bind(tileWidth.multiply(4.0 / 3));
        picture.minHeightProperty().bind(tileWidth.multiply(4.0 / 3));
        StackPane.setAlignment(starButton, Pos.TOP_LEFT);
        StackPane.setAlignment(spec, Pos.TOP_RIGHT);
        StackPane.setAlignment(error, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(offline, Pos.BOTTOM_RIGHT);
        starButton.getStyleClass().add("tile-star-button");
        starButton.setMaxSize(26, 26);
        spec.getStyleClass().add("tile-spec");
        error.getStyleClass().add("tile-badge");
        offline.getStyleClass().add("tile-badge");
        error.setTooltip(errorTip);
        offline.setTooltip(new Tooltip("Offline: the folder holding this card is not reachable"));
        name.getStyleClass().add("tile-name");
        creator.getStyleClass().add("tile-creator");
        VBox box = new VBox(2, picture, name, creator);
        box.setAlignment(Pos.TOP_CENTER);
        setGraphic(null);
        setText(null);
        starButton.setOnMouseClicked(e -> {
            CardSummary c = getItem();
            if (c != null) {
                model.setFavorite(c, !c.favorite());
            }
            e.consume();
        });
        setOnMouseClicked(e -> {
            CardSummary c = getItem();
            if (c != null) {
                model.select(c);
                getGridView().requestFocus();
            }
        });
        model.selectedProperty().addListener((o, a, b) -> updateSelected());
        this.box = box;
    }

    private final VBox box;

    @Override
    protected void updateItem(CardSummary item, boolean empty) {
        CardSummary before = getItem();
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            image.setImage(null);
            return;
        }
        setGraphic(box);
        name.setText(item.name());
        creator.setText(item.creator() == null || item.creator().isBlank() ? " " : "by " + item.creator());
        spec.setText(item.spec() == null ? "?" : item.spec().name());
        spec.setVisible(item.spec() != null);
        pseudoClassStateChanged(FAVORITE, item.favorite());
        star.setVisible(true);
        error.setVisible(item.isError());
        errorTip.setText(item.isError() ? "Unreadable: " + item.error() : null);
        offline.setVisible(item.offline());
        initials.setText(initialsOf(item.name()));
        updateSelected();
        if (before == null || !sameImage(before, item) || image.getImage() == null) {
            image.setImage(null);
            thumbnails.request(item, img -> {
                CardSummary now = getItem();
                // a recycled cell may show another card by now
                if (now != null && sameImage(now, item)) {
                    image.setImage(img);
                }
            });
        }
    }

    private static boolean sameImage(CardSummary a, CardSummary b) {
        return a.id() == b.id() && a.files().equals(b.files()) && a.fileModified() == b.fileModified() && a.size() == b.size();
    }

    private void updateSelected() {
        CardSummary sel = model.selectedProperty().get();
        CardSummary item = getItem();
        pseudoClassStateChanged(SELECTED, sel != null && item != null && sel.id() == item.id());
    }

    static String initialsOf(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (!w.isEmpty() && sb.length() < 2) {
                sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
        }
        return sb.toString();
    }

    Image shownImage() {
        return image.getImage();
    }
}
