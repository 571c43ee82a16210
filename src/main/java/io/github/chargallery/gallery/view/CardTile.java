package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardDrag;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.library.CardSummary;
import org.controlsfx.control.GridCell;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One card in the grid: thumbnail, name, creator and badges. Cells are recycled as the grid
 * scrolls, and the GridView re-adds every visible cell to the scene when its item count changes,
 * so a tile keeps few nodes: the rare badges (error, offline) are made only when first needed.
 */
final class CardTile extends GridCell<CardSummary> {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FAVORITE = PseudoClass.getPseudoClass("favorite");
    /** Height of the name and creator lines under the picture. */
    static final double LABEL_HEIGHT = 46;
    /** The tile's padding on both sides (gallery.css): the picture is this much narrower than the cell. */
    private static final double FRAME = 8;

    private final GalleryModel model;
    private final Thumbnails thumbnails;
    private final ImageView image = new ImageView();
    private final Label initials = new Label();
    private final Label name = new Label();
    private final Label creator = new Label();
    private final Label spec = new Label();
    private final FontIcon star = new FontIcon(Material2MZ.STAR_BORDER);
    private final StackPane picture;
    private final VBox box;
    private Label error;
    private Label offline;
    private Label sillyTavern;
    /** The card whose thumbnail the image view holds or is waiting for. */
    private CardSummary pictured;

    CardTile(GalleryModel model, Thumbnails thumbnails, DoubleProperty tileWidth) {
        this.model = model;
        this.thumbnails = thumbnails;
        getStyleClass().add("card-tile");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.fitWidthProperty().bind(tileWidth.subtract(FRAME));
        image.fitHeightProperty().bind(tileWidth.multiply(Thumbnails.PICTURE_RATIO));
        star.getStyleClass().add("tile-star");
        initials.getStyleClass().add("tile-initials");
        picture = new StackPane(initials, image, star, spec);
        picture.getStyleClass().add("tile-picture");
        picture.prefHeightProperty().bind(tileWidth.multiply(Thumbnails.PICTURE_RATIO));
        picture.minHeightProperty().bind(tileWidth.multiply(Thumbnails.PICTURE_RATIO));
        StackPane.setAlignment(star, Pos.TOP_LEFT);
        StackPane.setMargin(star, new Insets(5));
        StackPane.setAlignment(spec, Pos.TOP_RIGHT);
        star.setPickOnBounds(true);
        spec.getStyleClass().add("tile-spec");
        name.getStyleClass().add("tile-name");
        creator.getStyleClass().add("tile-creator");
        box = new VBox(2, picture, name, creator);
        box.setAlignment(Pos.TOP_CENTER);
        // One bitmap per tile: the software renderer (no GPU) otherwise re-rasterises the star's
        // outline, the text and the scaled picture of every tile each time the grid repaints.
        box.setCache(true);
        setText(null);
        star.setOnMouseClicked(e -> {
            CardSummary c = getItem();
            if (c != null) {
                model.setFavorite(c, !c.favorite());
            }
            e.consume();
        });
        setOnMouseClicked(e -> {
            CardSummary c = getItem();
            if (c == null) {
                return;
            }
            if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
                if (!model.selection().contains(c.id())) {
                    model.select(c); // a right-click on a selected tile keeps the selection for its menu
                }
            } else if (e.isShiftDown()) {
                model.selection().extendTo(c, e.isShortcutDown());
            } else if (e.isShortcutDown()) {
                model.selection().toggle(c);
            } else {
                model.select(c);
            }
            getGridView().requestFocus();
        });
        // a selected tile drags the whole selection (in the grid's order), another tile itself
        setOnDragDetected(e -> {
            CardSummary c = getItem();
            if (c == null) {
                return;
            }
            java.util.List<Long> ids = model.selection().contains(c.id())
                    ? model.selection().cards().stream().map(CardSummary::id).toList() : java.util.List.of(c.id());
            javafx.scene.input.Dragboard board = startDragAndDrop(javafx.scene.input.TransferMode.COPY);
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.put(CardDrag.FORMAT, CardDrag.encode(ids));
            board.setContent(content);
            board.setDragView(box.snapshot(null, null), e.getX(), e.getY());
            e.consume();
        });
        // no listener on the model here: the grid drops and makes tiles on every change of the cell
        // width, and a listener would keep every dropped tile alive; the view tells the tiles instead
    }

    @Override
    protected void updateItem(CardSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            // Hidden, not detached: GridRowSkin empties every cell before giving it its next card
            // (updateIndex(-1), then the index), on each scroll step and each batch a sync applies.
            // Taking the graphic off and putting it back made the whole tile leave and re-enter the
            // scene, so CSS was re-applied to all its nodes and its cached bitmap re-rasterised.
            box.setVisible(false);
            return;
        }
        if (getGraphic() != box) {
            setGraphic(box);
        }
        box.setVisible(true);
        name.setText(item.name());
        creator.setText(item.creator() == null || item.creator().isBlank() ? " " : "by " + item.creator());
        spec.setText(item.spec() == null ? "" : item.spec().name());
        spec.setVisible(item.spec() != null);
        pseudoClassStateChanged(FAVORITE, item.favorite());
        star.setIconCode(item.favorite() ? Material2MZ.STAR : Material2MZ.STAR_BORDER);
        if (item.isError()) {
            errorBadge().getTooltip().setText("Unreadable: " + item.error());
            error.setVisible(true);
        } else if (error != null) {
            error.setVisible(false);
        }
        if (item.offline()) {
            offlineBadge().setVisible(true);
        } else if (offline != null) {
            offline.setVisible(false);
        }
        initials.setText(initialsOf(item.name()));
        updateSelected();
        updateSillyTavern();
        // the picture of the card last shown stays while the cell is empty for a moment (see above)
        CardSummary before = pictured;
        pictured = item;
        if (before == null || !before.sameFileVersion(item) || image.getImage() == null) {
            image.setImage(null);
            thumbnails.request(item, img -> {
                CardSummary now = getItem();
                // a recycled cell may show another card by now
                if (now != null && now.sameFileVersion(item)) {
                    image.setImage(img);
                }
            });
        }
    }

    private Label errorBadge() {
        if (error == null) {
            error = badge(icon(Material2MZ.WARNING, "tile-warning"), Pos.BOTTOM_LEFT, new Tooltip());
            error.getStyleClass().add("tile-error-badge");
        }
        return error;
    }

    private Label offlineBadge() {
        if (offline == null) {
            offline = badge(icon(Material2AL.CLOUD_OFF, "tile-offline"), Pos.BOTTOM_RIGHT,
                    new Tooltip("Offline: the folder holding this card is not reachable"));
            offline.getStyleClass().add("tile-offline-badge");
        }
        return offline;
    }

    private static FontIcon icon(Ikon code, String styleClass) {
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add(styleClass);
        return icon;
    }

    private Label badge(javafx.scene.Node icon, Pos pos, Tooltip tip) {
        Label l = new Label(null, icon);
        l.getStyleClass().add("tile-badge");
        l.setTooltip(tip);
        StackPane.setAlignment(l, pos);
        StackPane.setMargin(l, new Insets(4));
        picture.getChildren().add(l);
        return l;
    }

    /** The "ST" badge (with the chat count) on a card SillyTavern has; the view calls it when that changes. */
    void updateSillyTavern() {
        CardSummary item = getItem();
        var st = item == null ? java.util.Optional.<io.github.chargallery.library.SillyTavernCard>empty()
                : model.sillyTavern().state().of(item.id());
        if (st.isPresent()) {
            if (sillyTavern == null) {
                sillyTavern = badge(null, Pos.BOTTOM_RIGHT, new Tooltip());
                sillyTavern.getStyleClass().setAll("tile-st");
                StackPane.setMargin(sillyTavern, new Insets(4, 4, 4, 4));
            }
            int chats = st.get().chats();
            sillyTavern.setText(chats > 0 ? "ST · " + chats : "ST");
            sillyTavern.getTooltip().setText("In SillyTavern as " + st.get().file() + " · "
                    + SillyTavernSection.chatsText(st.get()));
            sillyTavern.setVisible(true);
        } else if (sillyTavern != null) {
            sillyTavern.setVisible(false);
        }
    }

    /** Marks the tile when its card is selected; the view calls it when the selection changes. */
    void updateSelected() {
        CardSummary item = getItem();
        pseudoClassStateChanged(SELECTED, item != null && model.selection().contains(item.id()));
    }

    /**
     * The first letter of the name's first two words, upper case. Only letters count, so a word made of
     * marks ("Amanda || Blunt") is skipped and "Dr. 'Bones'" shows "DB"; a name without letters shows "?".
     */
    static String initialsOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name == null ? new String[0] : name.strip().split("\\s+")) {
            w.codePoints().filter(Character::isLetter).findFirst()
                    .ifPresent(letter -> sb.appendCodePoint(Character.toUpperCase(letter)));
            if (sb.codePointCount(0, sb.length()) == 2) {
                break;
            }
        }
        return sb.isEmpty() ? "?" : sb.toString();
    }
}
