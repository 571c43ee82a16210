package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.model.SortKey;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
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
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Top bar: library folders, refresh, search, sort, filters, the tile size slider and the View menu. */
final class MainToolbar extends ToolBar {
    final TextField search = new TextField();
    private final GalleryModel model;

    /**
     * @param tileWidth   the tile size the user chose; bound to the slider, which starts at its value
     * @param cellWidth   the width tiles get; thumbnails are decoded for it
     * @param theme       the theme; the View menu shows and sets it
     * @param addFolder   asks for a folder to add
     * @param showFolders opens the library folders dialog
     */
    MainToolbar(GalleryModel model, Thumbnails thumbnails, DoubleProperty tileWidth, DoubleProperty cellWidth,
            ObjectProperty<Theme> theme, Runnable addFolder, Runnable showFolders) {
        this.model = model;
        getStyleClass().add("main-toolbar");
        Button add = new Button("Add folder…", new FontIcon(Material2AL.CREATE_NEW_FOLDER));
        add.setOnAction(e -> addFolder.run());
        Button folders = new Button("Library folders…", new FontIcon(Material2AL.FOLDER_OPEN));
        folders.setOnAction(e -> showFolders.run());
        Button refresh = new Button("Refresh", new FontIcon(Material2MZ.REFRESH));
        refresh.setTooltip(new Tooltip("Scan the library folders for new, changed and removed cards (F5)"));
        refresh.setOnAction(e -> model.refresh());

        FontIcon star = new FontIcon(Material2MZ.STAR);
        star.getStyleClass().add("toolbar-star");
        ToggleButton favorites = new ToggleButton("Favourites", star);
        favorites.setTooltip(new Tooltip("Show only favourite cards"));
        favorites.selectedProperty().addListener((o, a, b) -> model.filters().setFavoritesOnly(b));
        // a chip removed or a smart collection shown changes these too
        model.filters().queryProperty().addListener((o, a, q) -> {
            favorites.setSelected(q.favoritesOnly());
            if (!search.getText().strip().equals(q.search())) {
                search.setText(q.search());
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(add, folders, refresh, searchField(), sortMenu(), favorites, spacer,
                new Label("Size"), sizeSlider(thumbnails, tileWidth, cellWidth),
                viewMenu(theme));
    }

    /** What is shown and how: unreadable files in the grid or not, the theme. */
    private MenuButton viewMenu(ObjectProperty<Theme> theme) {
        MenuButton view = new MenuButton("View");
        view.getStyleClass().add("view-menu");
        CheckMenuItem unreadable = new CheckMenuItem("Show unreadable files");
        unreadable.setSelected(true);
        unreadable.selectedProperty().addListener((o, a, b) -> model.filters().setShowUnreadable(b));
        model.filters().queryProperty().addListener((o, a, q) -> unreadable.setSelected(
                q.unreadable() != io.github.chargallery.library.CardQuery.Unreadable.HIDE));
        view.getItems().addAll(unreadable, new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label + " theme");
            item.setToggleGroup(themes);
            item.setSelected(theme.get() == t);
            theme.addListener((o, a, b) -> item.setSelected(b == t));
            item.setOnAction(e -> theme.set(t));
            view.getItems().add(item);
        }
        return view;
    }

    private TextField searchField() {
        search.setPromptText("Search names, creators, tags, descriptions (Ctrl+F)");
        search.setPrefWidth(300);
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
