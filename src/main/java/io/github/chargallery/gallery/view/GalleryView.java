package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardField;
import atlantafx.base.theme.Styles;
import impl.org.controlsfx.skin.GridViewSkin;
import io.github.chargallery.gallery.dialogs.Dialogs;
import io.github.chargallery.gallery.dialogs.EditorDialogs;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.library.CardSummary;
import org.controlsfx.control.GridView;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's content. Binds to the model and forwards user actions; holds no state of its own beyond layout. */
public final class GalleryView {
    static final double TILE_MIN = 110;
    static final double TILE_MAX = 280;

    private final GalleryModel model;
    private final BorderPane root = new BorderPane();
    private final GridView<CardSummary> grid;
    private final MainToolbar toolbar;
    private final DoubleProperty tileWidth = new SimpleDoubleProperty(160);
    /** The width tiles get: the chosen size, widened so the columns fill the grid's width. */
    private final DoubleProperty cellWidth = new SimpleDoubleProperty(160);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.DARK);
    private final BooleanProperty detailOpen = new SimpleBooleanProperty(true);
    private final SplitPane split = new SplitPane();
    /** Made when first shown: it is a tenth of the work before the window's first frame. */
    private DetailPane detail;
    private final java.util.function.Supplier<DetailPane> makeDetail;
    private final StatusBar status;
    private final TagPanel tagPanel;
    private final BooleanBinding showDetail;
    /** More than one card selected: the detail pane shows the selection's actions. */
    private final BooleanBinding many;
    private SelectionPanel selectionPanel;
    private final DuplicatesPane duplicates;
    private final VBox sidebar;

    public GalleryView(GalleryModel model, Thumbnails thumbnails, Consumer<Path> openFolder, double tileSize) {
        this.model = model;
        tileWidth.set(Math.max(TILE_MIN, Math.min(TILE_MAX, tileSize)));
        root.getStyleClass().add("gallery");
        root.getStylesheets().add(GalleryView.class.getResource("gallery.css").toExternalForm());

        grid = new GridView<>(model.cards());
        grid.getStyleClass().add("card-grid");
        grid.cellWidthProperty().bind(cellWidth);
        grid.cellHeightProperty().bind(cellWidth.multiply(Thumbnails.PICTURE_RATIO).add(CardTile.LABEL_HEIGHT));
        tileWidth.addListener(o -> fitColumns());
        grid.widthProperty().addListener(o -> fitColumns());
        grid.heightProperty().addListener(o -> fitColumns());
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setFocusTraversable(true);
        grid.skinProperty().addListener((o, a, skin) -> fixRowHeight());
        TilePainter painter = new TilePainter(grid);
        grid.setCellFactory(g -> {
            CardTile tile = new CardTile(model, thumbnails, painter);
            // made on the first right-click: a ContextMenu made with each tile ran a CSS pass of its
            // own, in the pulse that builds the tile (the first screenful of a sync, every resize)
            tile.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                if (tile.getContextMenu() == null) {
                    tile.setContextMenu(SillyTavernSection.withItems(trashMenu(tile), tile, model));
                }
            });
            tile.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    detailOpen.set(true);
                }
            });
            return tile;
        });

        makeDetail = () -> new DetailPane(model, thumbnails, openFolder, () -> detailOpen.set(false));
        status = new StatusBar(model, () -> Dialogs.unreadable(root.getScene().getWindow(), List.copyOf(model.errors())));
        tagPanel = new TagPanel(model);

        toolbar = new MainToolbar(model, thumbnails, tileWidth, cellWidth, theme, this::addFolder,
                () -> Dialogs.libraryFolders(root.getScene().getWindow(), model));
        toolbar.getItems().stream().filter(n -> n.getStyleClass().contains("view-menu")).findFirst()
                .ifPresent(v -> ((javafx.scene.control.MenuButton) v).getItems().addAll(
                        new javafx.scene.control.SeparatorMenuItem(), SillyTavernMenu.of(model, () -> root.getScene().getWindow())));
        theme.addListener((o, a, t) -> t.apply());
        duplicates = new DuplicatesPane(model.cleanup(), thumbnails, () -> showDuplicates(false));
        thumbnails.setOnPicturesHashed(model.cleanup()::recompute);
        Button dupes = duplicatesButton();
        dupes.setMaxWidth(Double.MAX_VALUE);
        VBox.setMargin(dupes, new javafx.geometry.Insets(8, 8, 0, 8));
        sidebar = new VBox(dupes, new CollectionPanel(model), new FilterPanel(model), tagPanel);
        sidebar.getStyleClass().add("side-bar");
        root.getStylesheets().add(GalleryView.class.getResource("duplicates.css").toExternalForm());
        VBox.setVgrow(tagPanel, javafx.scene.layout.Priority.ALWAYS);
        root.setTop(new VBox(toolbar, new NoticeBar(model), new SelectionBar(model.selectionActions()),
                new TrashBar(model.cleanup())));
        split.getItems().add(gridArea());
        root.setCenter(split);
        root.setLeft(sidebar);
        root.setBottom(status);

        // a field: a binding only weakly referenced by its sources would be collected, and stop firing
        many = model.selection().countProperty().greaterThan(1);
        showDetail = model.selectedProperty().isNotNull().or(many).and(detailOpen);
        showDetail.addListener((o, a, show) -> toggleDetail(show));
        many.addListener((o, a, b) -> {
            detailOpen.set(detailOpen.get() || b);
            toggleDetail(showDetail.get());
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && a == null) {
                detailOpen.set(true);
            }
        });
        model.selection().changesProperty().addListener(o -> markSelectedTile());
        model.sillyTavern().stateProperty().addListener((o, a, b) -> eachTile(CardTile::updateSillyTavern));
        GridKeys.install(root, model, grid, toolbar.search, detailOpen, () -> root.getCenter() == split, this::columns);
        FileDrop.install(root, model);
        FrameWatch frames = new FrameWatch();
        model.syncingProperty().addListener((o, a, on) -> frames.watch(on));
        frames.watch(model.syncingProperty().get());
        model.setWindowLate(frames::late);
        TopCardKeeper topCard = new TopCardKeeper(grid, this::columns);
        model.setChangeHooks(topCard::remember, topCard::restore);
        model.setImportFolderChooser(roots -> Dialogs.importFolder(root.getScene().getWindow(), roots));
        model.editor().setLeaveQuestion(() -> EditorDialogs.askLeave(root.getScene().getWindow(),
                model.editor().draftProperty().get().get(CardField.NAME)));
        // shown after the pulse that brought the save's answer: a modal dialog cannot open inside one
        model.editor().setConflictQuestion((file, answer) -> javafx.application.Platform.runLater(
                () -> answer.accept(EditorDialogs.askConflict(root.getScene().getWindow(), file))));
    }

    /** "Duplicates: 312 groups": opens the Duplicates view in place of the grid. */
    private Button duplicatesButton() {
        Button b = new Button("Duplicates", new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.material2.Material2AL.CONTENT_COPY));
        b.getStyleClass().add("duplicates-button");
        var groups = model.cleanup().groups();
        b.textProperty().bind(Bindings.createStringBinding(() -> !model.cleanup().computedProperty().get() ? "Duplicates"
                : "Duplicates: " + io.github.chargallery.gallery.model.Fmt.plural(groups.size(), "group", "groups"),
                groups, model.cleanup().computedProperty()));
        b.setOnAction(e -> showDuplicates(root.getCenter() == split));
        return b;
    }

    /** Shows the Duplicates view in place of the grid and tag list, or the gallery again. */
    void showDuplicates(boolean on) {
        root.setCenter(on ? duplicates : split);
        root.setLeft(on ? null : sidebar);
        if (on) {
            model.cleanup().recompute(); // pictures hashed since the last count join in
        }
    }

    DuplicatesPane duplicatesPane() {
        return duplicates;
    }

    private javafx.scene.control.ContextMenu trashMenu(CardTile tile) {
        javafx.scene.control.MenuItem trash = new javafx.scene.control.MenuItem("Move to trash",
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.DELETE_OUTLINE));
        trash.setOnAction(e -> {
            CardSummary c = tile.getItem();
            if (c != null && model.selection().contains(c.id())) {
                model.selectionActions().moveToTrash(); // a selected tile stands for the selection
            } else if (c != null) {
                model.cleanup().moveToTrash(List.of(c));
            }
        });
        return new javafx.scene.control.ContextMenu(trash);
    }

    /** One listener for all tiles (see {@link CardTile}): only the tiles in the scene need telling. */
    private void markSelectedTile() {
        eachTile(CardTile::updateSelected);
    }

    private void eachTile(java.util.function.Consumer<CardTile> update) {
        for (Node n : grid.lookupAll(".card-tile")) {
            if (n instanceof CardTile tile) {
                update.accept(tile);
            }
        }
    }

    /**
     * Every row has the same height; telling the VirtualFlow so stops it from building and laying
     * out throw-away rows to estimate the height of 10,000 items (seconds on the FX thread).
     */
    private void fixRowHeight() {
        if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.fixedCellSizeProperty().bind(grid.cellHeightProperty().add(grid.verticalCellSpacingProperty().multiply(2)));
        }
    }

    private void fitColumns() {
        double spacing = 2 * grid.getHorizontalCellSpacing();
        // the grid's padding and its vertical scroll bar
        double avail = grid.getWidth() - 16 - 16;
        double target = tileWidth.get();
        if (avail <= target + spacing) {
            cellWidth.set(target);
            return;
        }
        int cols = (int) Math.max(1, Math.floor(avail / (target + spacing)));
        cellWidth.set(Math.floor(avail / cols - spacing));
        double rowHeight = cellWidth.get() * Thumbnails.PICTURE_RATIO + CardTile.LABEL_HEIGHT + 2 * grid.getVerticalCellSpacing();
        int rows = (int) Math.ceil(grid.getHeight() / rowHeight) + 1;
        model.setScreenFill(cols * rows, cols);
    }

    /**
     * Before the window closes: runs {@code close} at once, or after asking about (and maybe saving)
     * the open card's unsaved changes; not at all when the user chose to stay.
     */
    public void beforeClose(Runnable close) {
        model.editor().leave(close);
    }

    /** Once the index is read: offers, once ever, to link a SillyTavern install found at a common place. */
    public void offerSillyTavern() {
        SillyTavernMenu.offerWhenLoaded(model, () -> root.getScene().getWindow());
    }

    public Parent root() {
        return root;
    }

    public DoubleProperty tileWidthProperty() {
        return tileWidth;
    }

    /** The theme chosen in the View menu; setting it restyles the app. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    GridView<CardSummary> grid() {
        return grid;
    }

    TextField searchField() {
        return toolbar.search;
    }

    StatusBar statusBar() {
        return status;
    }

    /** Shows or hides the side pane: the card's detail, or the selection's actions when more than one is selected. */
    private void toggleDetail(boolean show) {
        Node side = null;
        if (show && many.get()) {
            if (selectionPanel == null) {
                selectionPanel = new SelectionPanel(model, () -> detailOpen.set(false));
            }
            side = selectionPanel;
        } else if (show) {
            if (detail == null) {
                detail = makeDetail.get();
            }
            side = detail;
        }
        Node now = split.getItems().size() > 1 ? split.getItems().get(1) : null;
        if (now == side) {
            return;
        }
        if (now != null) {
            split.getItems().remove(now);
        }
        if (side != null) {
            split.getItems().add(side);
            split.setDividerPositions(0.58);
        }
    }

    private Node gridArea() {
        Label dropHint = new Label("Drop a folder of character cards here, or");
        dropHint.getStyleClass().add("empty-title");
        Button add = new Button("Add folder…");
        add.getStyleClass().add("empty-add");
        add.setOnAction(e -> addFolder());
        Label sub = new Label("Your cards stay where they are; the gallery only reads them and keeps an index.");
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox empty = new VBox(12, dropHint, add, sub);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.roots()))
                .and(Bindings.isEmpty(model.allCards())));

        Label noMatch = new Label();
        noMatch.getStyleClass().add("no-match");
        noMatch.textProperty().bind(Bindings.when(Bindings.isEmpty(model.allCards()))
                .then(Bindings.when(model.syncingProperty()).then("Looking for cards…").otherwise("No cards in the library folders yet."))
                .otherwise("No cards match the search and filters."));
        noMatch.visibleProperty().bind(Bindings.isEmpty(model.cards()).and(empty.visibleProperty().not())
                .and(model.loadedProperty()));
        noMatch.setMouseTransparent(true);
        StackPane area = new StackPane(grid, noMatch, empty);
        area.getStyleClass().add("grid-area");
        return area;
    }

    /** Checks a tag in the filter list, as a click on its box would. */
    void checkTag(String tag, boolean on) {
        tagPanel.check(tag, on);
    }

    private void addFolder() {
        Dialogs.chooseFolder(root.getScene().getWindow(), "Add a folder of character cards")
                .ifPresent(p -> model.addRoots(List.of(p)));
    }

    int columns() {
        if (grid.getSkin() instanceof GridViewSkin<?> skin) {
            return Math.max(1, skin.computeMaxCellsInRow());
        }
        return 1;
    }
}
