package io.github.chargallery.gallery;

import io.github.chargallery.library.CardSummary;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import impl.org.controlsfx.skin.GridViewSkin;
import org.controlsfx.control.GridView;

/** The main window's content. Binds to the model and forwards user actions; holds no state of its own beyond layout. */
public final class GalleryView {
    static final double TILE_MIN = 110;
    static final double TILE_MAX = 280;

    private final GalleryModel model;
    private final Thumbnails thumbnails;
    private final BorderPane root = new BorderPane();
    private final GridView<CardSummary> grid;
    private final TextField search = new TextField();
    private final DoubleProperty tileWidth = new SimpleDoubleProperty(160);
    /** The width tiles get: the chosen size, widened so the columns fill the grid's width. */
    private final DoubleProperty cellWidth = new SimpleDoubleProperty(160);
    private final BooleanProperty detailOpen = new SimpleBooleanProperty(true);
    private final SplitPane split = new SplitPane();
    private final DetailPane detail;
    private final StatusBar status;
    private final TagPanel tagPanel;
    private final BooleanBinding showDetail;

    public GalleryView(GalleryModel model, Thumbnails thumbnails, Consumer<Path> openFolder, double tileSize) {
        this.model = model;
        this.thumbnails = thumbnails;
        tileWidth.set(Math.max(TILE_MIN, Math.min(TILE_MAX, tileSize)));
        root.getStyleClass().add("gallery");
        root.getStylesheets().add(GalleryView.class.getResource("gallery.css").toExternalForm());

        grid = new GridView<>(model.cards());
        grid.getStyleClass().add("card-grid");
        grid.cellWidthProperty().bind(cellWidth);
        grid.cellHeightProperty().bind(cellWidth.multiply(4.0 / 3).add(46));
        tileWidth.addListener(o -> fitColumns());
        grid.widthProperty().addListener(o -> fitColumns());
        grid.heightProperty().addListener(o -> fitColumns());
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setFocusTraversable(true);
        grid.skinProperty().addListener((o, a, skin) -> fixRowHeight());
        grid.setCellFactory(g -> {
            CardTile tile = new CardTile(model, thumbnails, cellWidth);
            tile.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    detailOpen.set(true);
                }
            });
            return tile;
        });

        detail = new DetailPane(model, thumbnails, openFolder, () -> detailOpen.set(false));
        status = new StatusBar(model, () -> Dialogs.unreadable(root.getScene().getWindow(), List.copyOf(model.errors())));
        tagPanel = new TagPanel(model);

        root.setTop(new VBox(toolbar(), notice()));
        split.getItems().add(gridArea());
        root.setCenter(split);
        root.setLeft(tagPanel);
        root.setBottom(status);

        // a field: a binding only weakly referenced by its sources would be collected, and stop firing
        showDetail = model.selectedProperty().isNotNull().and(detailOpen);
        showDetail.addListener((o, a, show) -> toggleDetail(show));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && a == null) {
                detailOpen.set(true);
            }
        });
        installKeys();
        installDrop();
        model.setApplyHooks(this::rememberTopCard, this::keepTopCard);
        model.setImportFolderChooser(roots -> Dialogs.importFolder(root.getScene().getWindow(), roots));
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
        double rowHeight = cellWidth.get() * 4 / 3 + 46 + 2 * grid.getVerticalCellSpacing();
        int rows = (int) Math.ceil(grid.getHeight() / rowHeight) + 1;
        model.setScreenFill(cols * rows, cols);
    }

    public Parent root() {
        return root;
    }

    DoubleProperty tileWidthProperty() {
        return tileWidth;
    }

    GridView<CardSummary> grid() {
        return grid;
    }

    TextField searchField() {
        return search;
    }

    DetailPane detailPane() {
        return detail;
    }

    StatusBar statusBar() {
        return status;
    }

    private void toggleDetail(boolean show) {
        if (show && !split.getItems().contains(detail)) {
            split.getItems().add(detail);
            split.setDividerPositions(0.68);
        } else if (!show) {
            split.getItems().remove(detail);
        }
    }

    private Node toolbar() {
        Button add = new Button("Add folder…");
        add.setOnAction(e -> addFolder());
        Button folders = new Button("Library folders…");
        folders.setOnAction(e -> Dialogs.libraryFolders(root.getScene().getWindow(), model));
        Button refresh = new Button("Refresh");
        refresh.setTooltip(new Tooltip("Scan the library folders for new, changed and removed cards (F5)"));
        refresh.setOnAction(e -> model.refresh());

        search.setPromptText("Search names, creators, tags, descriptions (Ctrl+F)");
        search.setPrefWidth(340);
        search.getStyleClass().add("search-field");
        PauseTransition debounce = new PauseTransition(Duration.millis(150));
        debounce.setOnFinished(e -> model.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> {
            if (b.isBlank()) {
                debounce.stop();
                model.search("");
            } else {
                debounce.playFromStart();
            }
        });

        MenuButton sort = new MenuButton();
        sort.textProperty().bind(Bindings.createStringBinding(
                () -> "Sort: " + model.sortKeyProperty().get().label + (model.ascendingProperty().get() ? " ↑" : " ↓"),
                model.sortKeyProperty(), model.ascendingProperty()));
        ToggleGroup keys = new ToggleGroup();
        for (SortKey k : SortKey.values()) {
            RadioMenuItem item = new RadioMenuItem(k.label);
            item.setToggleGroup(keys);
            item.setSelected(model.sortKeyProperty().get() == k);
            model.sortKeyProperty().addListener((o, a, b) -> item.setSelected(b == k));
            item.setOnAction(e -> model.setSort(k, model.ascendingProperty().get()));
            sort.getItems().add(item);
        }
        sort.getItems().add(new SeparatorMenuItem());
        ToggleGroup dir = new ToggleGroup();
        RadioMenuItem asc = new RadioMenuItem("Ascending");
        RadioMenuItem desc = new RadioMenuItem("Descending");
        asc.setToggleGroup(dir);
        desc.setToggleGroup(dir);
        asc.setSelected(model.ascendingProperty().get());
        desc.setSelected(!model.ascendingProperty().get());
        model.ascendingProperty().addListener((o, a, b) -> {
            asc.setSelected(b);
            desc.setSelected(!b);
        });
        asc.setOnAction(e -> model.setSort(model.sortKeyProperty().get(), true));
        desc.setOnAction(e -> model.setSort(model.sortKeyProperty().get(), false));
        sort.getItems().addAll(asc, desc);

        ToggleButton favorites = new ToggleButton("Favourites", Icons.star("toolbar-star"));
        favorites.setTooltip(new Tooltip("Show only favourite cards"));
        favorites.selectedProperty().addListener((o, a, b) -> model.setFavoritesOnly(b));
        CheckBox unreadable = new CheckBox("Show unreadable");
        unreadable.setSelected(true);
        unreadable.selectedProperty().addListener((o, a, b) -> model.setShowUnreadable(b));

        Slider size = new Slider(TILE_MIN, TILE_MAX, tileWidth.get());
        size.setPrefWidth(110);
        size.setTooltip(new Tooltip("Tile size"));
        tileWidth.bind(size.valueProperty());
        // thumbnails are re-decoded for the new width when the user lets go of the slider, not on
        // every pixel of a drag
        size.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                thumbnails.setDisplayWidth(cellWidth.get());
            }
        });
        cellWidth.addListener((o, a, b) -> {
            if (!size.isValueChanging()) {
                thumbnails.setDisplayWidth(b.doubleValue());
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(add, folders, refresh, search, sort, favorites, unreadable, spacer, new Label("Size"), size);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private Node notice() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(model.noticeProperty());
        Button close = new Button("Dismiss");
        close.setOnAction(e -> model.dismissNotice());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, text, spacer, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().add("notice");
        box.visibleProperty().bind(model.noticeProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node gridArea() {
        Label dropHint = new Label("Drop a folder of character cards here, or");
        dropHint.getStyleClass().add("empty-title");
        Button add = new Button("Add folder…");
        add.getStyleClass().add("empty-add");
        add.setOnAction(e -> addFolder());
        Label sub = new Label("Your cards stay where they are; the gallery only reads them and keeps an index.");
        sub.getStyleClass().add("hint");
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

    private void installKeys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl t
                    && t.isEditable();
            if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                model.refresh();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                grid.requestFocus();
                e.consume();
            } else if (!typing && e.getCode() == KeyCode.ENTER) {
                if (model.selectedProperty().get() != null) {
                    detailOpen.set(true);
                }
                e.consume();
            } else if (!typing && e.getCode().isArrowKey()) {
                moveSelection(e.getCode());
                e.consume();
            }
        });
    }

    /** Arrow keys move the selection through the grid (GridView has no selection model of its own). */
    void moveSelection(KeyCode key) {
        List<CardSummary> cards = model.cards();
        if (cards.isEmpty()) {
            return;
        }
        int cols = columns();
        int index = indexOfSelected();
        int next;
        if (index < 0) {
            next = 0;
        } else {
            next = switch (key) {
                case LEFT -> index - 1;
                case RIGHT -> index + 1;
                case UP -> index - cols;
                case DOWN -> index + cols;
                default -> index;
            };
            next = Math.max(0, Math.min(cards.size() - 1, next));
        }
        model.select(cards.get(next));
        scrollToIndex(next);
    }

    int indexOfSelected() {
        CardSummary sel = model.selectedProperty().get();
        if (sel == null) {
            return -1;
        }
        List<CardSummary> cards = model.cards();
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == sel.id()) {
                return i;
            }
        }
        return -1;
    }

    int columns() {
        if (grid.getSkin() instanceof GridViewSkin<?> skin) {
            return Math.max(1, skin.computeMaxCellsInRow());
        }
        return 1;
    }

    private void scrollToIndex(int index) {
        if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index / columns());
        }
    }

    private long topCardId = -1;
    private double topCardOffset;

    /** The card at the start of the first row on screen, unless the grid is scrolled to its very top. */
    private void rememberTopCard() {
        topCardId = -1;
        if (!(grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getPosition() <= 0) {
            return;
        }
        var first = flow.getFirstVisibleCell();
        int index = first == null ? -1 : first.getIndex() * columns();
        if (index >= 0 && index < model.cards().size()) {
            topCardId = model.cards().get(index).id();
            topCardOffset = Math.max(0, -first.getLayoutY());
        }
    }

    /**
     * After a batch, scrolls back to the row now holding the card that was at the top, at the same
     * offset, so the user keeps looking at the same cards while a sync adds hundreds elsewhere.
     */
    private void keepTopCard() {
        if (topCardId < 0 || !(grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        List<CardSummary> cards = model.cards();
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == topCardId) {
                // rows all have the fixed height, so the position follows from the row index
                double rowHeight = flow.getFixedCellSize();
                double scrollable = flow.getCellCount() * rowHeight - flow.getHeight();
                if (rowHeight > 0 && scrollable > 0) {
                    double offset = (i / columns()) * rowHeight + topCardOffset;
                    flow.setPosition(Math.min(1, offset / scrollable));
                }
                return;
            }
        }
    }

    private void installDrop() {
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
