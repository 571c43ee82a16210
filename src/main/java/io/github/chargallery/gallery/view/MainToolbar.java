package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.model.SortKey;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** Top bar: library folders, refresh, search, sort, filters and the tile size slider. */
final class MainToolbar extends ToolBar {
    final TextField search = new TextField();
    private final GalleryModel model;

    /**
     * @param tileWidth   the tile size the user chose; bound to the slider, which starts at its value
     * @param cellWidth   the width tiles get; thumbnails are decoded for it
     * @param addFolder   asks for a folder to add
     * @param showFolders opens the library folders dialog
     */
    MainToolbar(GalleryModel model, Thumbnails thumbnails, DoubleProperty tileWidth, DoubleProperty cellWidth,
            Runnable addFolder, Runnable showFolders) {
        this.model = model;
        getStyleClass().add("main-toolbar");
        Button add = new Button("Add folder…");
        add.setOnAction(e -> addFolder.run());
        Button folders = new Button("Library folders…");
        folders.setOnAction(e -> showFolders.run());
        Button refresh = new Button("Refresh");
        refresh.setTooltip(new Tooltip("Scan the library folders for new, changed and removed cards (F5)"));
        refresh.setOnAction(e -> model.refresh());

        ToggleButton favorites = new ToggleButton("Favourites", Icons.star("toolbar-star"));
        favorites.setTooltip(new Tooltip("Show only favourite cards"));
        favorites.selectedProperty().addListener((o, a, b) -> model.setFavoritesOnly(b));
        CheckBox unreadable = new CheckBox("Show unreadable");
        unreadable.setSelected(true);
        unreadable.selectedProperty().addListener((o, a, b) -> model.setShowUnreadable(b));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(add, folders, refresh, searchField(), sortMenu(), favorites, unreadable, spacer,
                new Label("Size"), sizeSlider(thumbnails, tileWidth, cellWidth));
    }

    private TextField searchField() {
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
        return search;
    }

    private MenuButton sortMenu() {
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
        return sort;
    }

    private static Slider sizeSlider(Thumbnails thumbnails, DoubleProperty tileWidth, DoubleProperty cellWidth) {
        Slider size = new Slider(GalleryView.TILE_MIN, GalleryView.TILE_MAX, tileWidth.get());
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
        return size;
    }
}
