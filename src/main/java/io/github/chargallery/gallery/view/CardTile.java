package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardDrag;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.library.CardSummary;
import java.util.List;
import org.controlsfx.control.GridCell;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * One card in the grid: a cell whose only child is a canvas that draws the thumbnail, name, creator
 * and badges (see {@link TileDrawing}). A node tree per tile (labels, icons, an image view, a cached
 * bitmap) cost the first frame, every sync batch and every scroll step layout, CSS and software
 * painting per node; one canvas is laid out once, styled once and blitted as one texture. Cells are
 * recycled as the grid scrolls. Canvas draws at the screen's output scale by itself (HiDPI).
 */
final class CardTile extends GridCell<CardSummary> {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Height of the name and creator lines under the picture. */
    static final double LABEL_HEIGHT = 46;
    private static final StyleablePropertyFactory<CardTile> STYLES = new StyleablePropertyFactory<>(Labeled.getClassCssMetaData());

    private final GalleryModel model;
    private final Thumbnails thumbnails;
    private final TilePainter painter;
    private final Canvas canvas = new Canvas();
    // the tile's colours, from gallery.css: they follow the theme, :hover and :selected
    private final StyleableProperty<Color> border = color("tileBorder", "-tile-border", s -> s.border);
    private final StyleableProperty<Color> fill = color("tileFill", "-tile-fill", s -> s.fill);
    private final StyleableProperty<Color> pictureFill = color("tilePicture", "-tile-picture", s -> s.pictureFill);
    private final StyleableProperty<Color> initialsFill = color("tileInitials", "-tile-initials", s -> s.initialsFill);
    private final StyleableProperty<Color> nameFill = color("tileName", "-tile-name", s -> s.nameFill);
    private final StyleableProperty<Color> creatorFill = color("tileCreator", "-tile-creator", s -> s.creatorFill);
    private final StyleableProperty<Color> stFill = color("tileStFill", "-tile-st-fill", s -> s.stFill);
    private final StyleableProperty<Color> stText = color("tileStText", "-tile-st-text", s -> s.stText);
    /** What the canvas shows (or will, when {@link #dirty}); null while the tile is empty. */
    private TileFace face;
    private boolean dirty;
    private Tooltip tip;
    /** The card whose thumbnail {@link #picture} is, or is waited for. */
    private CardSummary pictured;
    private Image picture;
    /** An updateIndex(-1) held back until the index that follows it (see {@link #updateIndex}). */
    private boolean emptyHeld;

    CardTile(GalleryModel model, Thumbnails thumbnails, TilePainter painter) {
        this.model = model;
        this.thumbnails = thumbnails;
        this.painter = painter;
        getStyleClass().add("card-tile");
        setText(null);
        fontProperty().addListener(o -> redraw());
        // the star is hit in the capturing phase: its click neither selects the card nor, doubled, opens it
        addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            CardSummary c = getItem();
            if (c != null && e.getButton() == MouseButton.PRIMARY && onStar(e.getX(), e.getY())) {
                model.setFavorite(c, !c.favorite());
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            CardSummary c = getItem();
            if (c == null) {
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY) {
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
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> showTip(tipAt(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> showTip(null));
        // a selected tile drags the whole selection (in the grid's order), another tile itself
        setOnDragDetected(e -> {
            CardSummary c = getItem();
            if (c == null) {
                return;
            }
            List<Long> ids = model.selection().contains(c.id())
                    ? model.selection().cards().stream().map(CardSummary::id).toList() : List.of(c.id());
            javafx.scene.input.Dragboard board = startDragAndDrop(javafx.scene.input.TransferMode.COPY);
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.put(CardDrag.FORMAT, CardDrag.encode(ids));
            board.setContent(content);
            paintIfDirty();
            board.setDragView(canvas.snapshot(null, null), e.getX(), e.getY());
            e.consume();
        });
        // no listener on the model here: the grid drops and makes tiles on every change of the cell
        // width, and a listener would keep every dropped tile alive; the view tells the tiles instead
    }

    private StyleableProperty<Color> color(String name, String css, java.util.function.Function<CardTile, StyleableProperty<Color>> of) {
        StyleableProperty<Color> p = STYLES.createStyleableColorProperty(this, name, css, of, Color.GRAY);
        ((javafx.beans.value.ObservableValue<?>) p).addListener(o -> redraw());
        return p;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLES.getCssMetaData();
    }

    /** Only the canvas: the cell's usual skin would add a text node and lay out label and graphic. */
    @Override
    protected Skin<?> createDefaultSkin() {
        return new SkinBase<>(this) {
            {
                getChildren().setAll(canvas);
            }

            @Override
            protected void layoutChildren(double x, double y, double w, double h) {
                CardTile t = getSkinnable();
                if (canvas.getWidth() != t.getWidth() || canvas.getHeight() != t.getHeight()) {
                    canvas.setWidth(t.getWidth());
                    canvas.setHeight(t.getHeight());
                    t.redraw();
                }
                canvas.relocate(0, 0);
            }
        };
    }

    /**
     * GridRowSkin empties every cell (index -1) right before giving it its index, for every visible
     * row on each scroll step and on each batch a sync applies. Applied as given, a tile whose card
     * stays the same goes empty and back in one pulse and is drawn again. So the -1 is held back: the
     * index that follows gives the tile its card directly, and nothing changes when that is the card
     * it shows. A -1 with no index after it still empties the tile, at the next layout.
     */
    @Override
    public void updateIndex(int i) {
        if (i < 0) {
            if (getIndex() >= 0 && !emptyHeld) {
                emptyHeld = true;
                requestLayout();
            }
            return;
        }
        emptyHeld = false;
        int before = getIndex();
        super.updateIndex(i);
        if (before == i && getGridView() != null && i < getGridView().getItems().size()) {
            // the same index fires no change: look at the card there now, as GridCell would
            CardSummary now = getGridView().getItems().get(i);
            if (now != getItem() || isEmpty()) {
                updateItem(now, now == null);
            }
        }
    }

    @Override
    protected void layoutChildren() {
        if (emptyHeld) {
            emptyHeld = false;
            super.updateIndex(-1);
        }
        super.layoutChildren();
        if (dirty) {
            painter.schedule(this); // drawn after this layout pass, also when it was changed out of the scene
        }
    }

    @Override
    protected void updateItem(CardSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            // hidden, not redrawn: the card last shown stays drawn, for when it comes back (see above)
            canvas.setVisible(false);
            setAccessibleText(null);
            showTip(null);
            return;
        }
        updateSelected();
        CardSummary before = pictured;
        pictured = item;
        if (before == null || !before.sameFileVersion(item) || picture == null) {
            picture = null;
            thumbnails.request(item, img -> {
                CardSummary now = getItem();
                // a recycled cell may show another card by now
                if (now != null && now.sameFileVersion(item)) {
                    picture = img;
                    refresh();
                }
            });
        }
        refresh();
    }

    /** Draws the tile's card again if what it shows changed. */
    private void refresh() {
        CardSummary item = getItem();
        if (item == null || isEmpty()) {
            return;
        }
        canvas.setVisible(true);
        TileFace now = TileFace.of(item, model.sillyTavern().state().of(item.id()), picture);
        if (!now.equals(face)) {
            face = now;
            setAccessibleText(now.name()); // what a screen reader says for the tile
            redraw();
        }
    }

    private void redraw() {
        if (!dirty) {
            dirty = true;
            painter.schedule(this);
        }
    }

    /** Draws the canvas now if something changed since it was last drawn (the painter calls it once per pulse). */
    void paintIfDirty() {
        if (!dirty || getScene() == null) {
            return; // out of the scene: drawn at the layout that brings it back
        }
        dirty = false;
        TileDrawing.draw(canvas.getGraphicsContext2D(), face, palette(), canvas.getWidth(), canvas.getHeight());
    }

    private TileDrawing.Palette palette() {
        return new TileDrawing.Palette(border.getValue(), fill.getValue(), pictureFill.getValue(), initialsFill.getValue(),
                nameFill.getValue(), creatorFill.getValue(), stFill.getValue(), stText.getValue(), getFont());
    }

    private void showTip(String text) {
        if (text == null) {
            if (getTooltip() != null) {
                setTooltip(null);
            }
            return;
        }
        if (tip == null) {
            tip = new Tooltip(); // one per tile, made when a badge is first pointed at
        }
        tip.setText(text);
        if (getTooltip() != tip) {
            setTooltip(tip);
        }
    }

    /** The "ST" badge (with the chat count) on a card SillyTavern has; the view calls it when that changes. */
    void updateSillyTavern() {
        refresh();
    }

    /** Marks the tile when its card is selected; the view calls it when the selection changes. */
    void updateSelected() {
        CardSummary item = getItem();
        pseudoClassStateChanged(SELECTED, item != null && model.selection().contains(item.id()));
    }

    /** What the tile shows: null while it is empty. */
    TileFace face() {
        return isEmpty() || getItem() == null ? null : face;
    }

    /** The name line as drawn, cut with "…" when it does not fit. */
    String drawnName() {
        return face() == null ? null : TileDrawing.cut(face.name(), TileDrawing.nameFont(getFont()), getWidth() - 2 * TileDrawing.PAD);
    }

    boolean onStar(double x, double y) {
        return face() != null && TileDrawing.starArea().contains(x, y);
    }

    /** The middle of the star, in the tile's coordinates. */
    Point2D starCenter() {
        Bounds b = TileDrawing.starArea();
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** The tooltip shown with the mouse at (x, y): the badge's there, or null. */
    String tipAt(double x, double y) {
        return TileDrawing.tipAt(face(), getWidth(), getFont(), x, y);
    }

    Canvas drawing() {
        return canvas;
    }

    /**
     * The first letter of the name's first two words, upper case. Only letters count, so a word made of
     * marks ("Amanda || Blunt") is skipped and "Dr. 'Bones'" shows "DB"; a name without letters shows "?".
     */
    static String initialsOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name == null ? new String[0] : SPACES.split(name.strip())) {
            w.codePoints().filter(Character::isLetter).findFirst()
                    .ifPresent(letter -> sb.appendCodePoint(Character.toUpperCase(letter)));
            if (sb.codePointCount(0, sb.length()) == 2) {
                break;
            }
        }
        return sb.isEmpty() ? "?" : sb.toString();
    }
}
