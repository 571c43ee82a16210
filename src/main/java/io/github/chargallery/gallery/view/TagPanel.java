package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.model.Search;
import io.github.chargallery.gallery.model.TagCount;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.CardTags;
import java.util.HashSet;
import java.util.Set;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The tags of the cards the filters let through, with their counts. Each tag's box has three states, a
 * click moving on to the next: ignore, include (cards must carry it: a tick), exclude (cards must not: a
 * dash). The states are the query's own, so a chip removed or a smart collection shown is shown here too.
 */
final class TagPanel extends VBox {
    private static final javafx.css.PseudoClass EXCLUDED = javafx.css.PseudoClass.getPseudoClass("excluded");
    private final Search filters;
    private final ListView<TagCount> list;

    TagPanel(GalleryModel model) {
        super(6);
        this.filters = model.filters();
        Label title = new Label("Tags");
        title.getStyleClass().add("panel-title");
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Clear the tag filter"));
        clear.setOnAction(e -> clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            CardQuery q = filters.queryProperty().get();
            return q.tags().isEmpty() && q.notTags().isEmpty();
        }, filters.queryProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, clear);
        head.setAlignment(Pos.CENTER_LEFT);
        TextField filter = new TextField();
        filter.setPromptText("Filter tags");
        FilteredList<TagCount> shown = new FilteredList<>(model.tagCounts());
        filter.textProperty().addListener((o, a, b) -> {
            String f = CardTags.norm(b);
            shown.setPredicate(f.isEmpty() ? null : t -> t.key().contains(f));
        });
        list = new ListView<>(shown);
        list.setCellFactory(lv -> new TagCell());
        list.setPlaceholder(new Label("No tags yet"));
        list.setFixedCellSize(24); // spares the list from measuring hundreds of cells on each update
        VBox.setVgrow(list, Priority.ALWAYS);
        // the counts follow the filter, so the list reorders after a click: the menu reaches each state at once
        Label hint = new Label("Click a tag to require it, click again to exclude it; right-click for either.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(head, filter, list, hint);
        setPadding(new Insets(8));
        setPrefWidth(240);
        setMinWidth(200);
        getStyleClass().add("tag-panel");
        getStylesheets().add(CollectionPanel.class.getResource("collections.css").toExternalForm());
        filters.queryProperty().addListener((o, a, q) -> {
            if (!q.tags().equals(a.tags()) || !q.notTags().equals(a.notTags())) {
                list.refresh();
            }
        });
    }

    /** A tag's state in the query: 1 include, -1 exclude, 0 ignore. */
    private int state(String key) {
        CardQuery q = filters.queryProperty().get();
        return q.tags().contains(key) ? 1 : q.notTags().contains(key) ? -1 : 0;
    }

    private void setState(String key, int state) {
        CardQuery q = filters.queryProperty().get();
        Set<String> in = new HashSet<>(q.tags());
        Set<String> out = new HashSet<>(q.notTags());
        in.remove(key);
        out.remove(key);
        if (state > 0) {
            in.add(key);
        } else if (state < 0) {
            out.add(key);
        }
        filters.setTagFilter(in, out);
    }

    /** A box whose click cycles ignore, include, exclude (a CheckBox of its own would go ignore, dash, tick). */
    private final class TriStateBox extends CheckBox {
        String key;

        @Override
        public void fire() {
            if (!isDisabled() && key != null) {
                int s = state(key);
                setState(key, s == 0 ? 1 : s == 1 ? -1 : 0);
            }
        }

        private final Tooltip tip = new Tooltip();

        TriStateBox() {
            setAllowIndeterminate(true);
            setTooltip(tip);
        }

        void show(int state) {
            setIndeterminate(state < 0);
            setSelected(state > 0);
            pseudoClassStateChanged(EXCLUDED, state < 0);
            tip.setText(state > 0 ? "Required: click to exclude" : state < 0 ? "Excluded: click to ignore" : "Click to require");
        }
    }

    /**
     * A tag's box and name, its count on the right. The cell follows the list's width: a long name is cut
     * with "…" and the count stays whole, with no sideways scrolling.
     */
    private final class TagCell extends ListCell<TagCount> {
        private final TriStateBox box = new TriStateBox();
        private final Label count = new Label();
        private final HBox row = new HBox(6, box, count);
        TagCell() {
            box.setMinWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add("tag-count");
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            // made on the first right-click: a menu made with each cell ran a CSS pass of its own when the
            // list first filled, in the window's first frames
            addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                if (box.key == null) {
                    e.consume(); // an empty row has nothing to require or exclude
                } else if (getContextMenu() == null) {
                    setContextMenu(menu());
                }
            });
        }

        private ContextMenu menu() {
            MenuItem require = new MenuItem("Require");
            MenuItem exclude = new MenuItem("Exclude");
            MenuItem ignore = new MenuItem("Ignore");
            require.setOnAction(e -> setState(box.key, 1));
            exclude.setOnAction(e -> setState(box.key, -1));
            ignore.setOnAction(e -> setState(box.key, 0));
            ContextMenu menu = new ContextMenu(require, exclude, ignore);
            menu.setOnShowing(e -> {
                int s = state(box.key);
                require.setDisable(s == 1);
                exclude.setDisable(s == -1);
                ignore.setDisable(s == 0);
            });
            return menu;
        }

        @Override
        protected void updateItem(TagCount item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                box.key = null;
                setGraphic(null);
                return;
            }
            box.key = item.key();
            box.setText(item.tag());
            box.show(state(item.key()));
            count.setText(Fmt.count(item.count()));
            setGraphic(row);
        }
    }

    /** Requires a tag (on) or ignores it (off), as clicks on its box would. */
    void check(String tag, boolean on) {
        setState(CardTags.norm(tag), on ? 1 : 0);
    }

    /** Excludes a tag, as two clicks on its box would. */
    void exclude(String tag) {
        setState(CardTags.norm(tag), -1);
    }

    void clear() {
        filters.setTagFilter(Set.of(), Set.of());
    }
}
