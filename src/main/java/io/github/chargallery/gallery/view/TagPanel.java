package io.github.chargallery.gallery.view;

import io.github.chargallery.library.CardTags;
import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.model.TagCount;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The tags in the library with their counts; checked tags narrow the grid (all must match). The
 * checks live here, keyed by the tag's normalised form, so they survive the list being refreshed
 * while a sync runs and its shown spelling changing.
 */
final class TagPanel extends VBox {
    private final GalleryModel model;
    private final Map<String, BooleanProperty> checks = new HashMap<>();
    private final Set<String> checked = new HashSet<>();
    private final IntegerProperty checkedCount = new SimpleIntegerProperty();

    TagPanel(GalleryModel model) {
        super(6);
        this.model = model;
        Label title = new Label("Tags");
        title.getStyleClass().add("panel-title");
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Clear the tag filter"));
        clear.setOnAction(e -> clear());
        clear.disableProperty().bind(checkedCount.isEqualTo(0));
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
        ListView<TagCount> list = new ListView<>(shown);
        list.setCellFactory(lv -> new TagCell());
        list.setPlaceholder(new Label("No tags yet"));
        list.setFixedCellSize(24); // spares the list from measuring hundreds of cells on each update
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label("Cards must carry every checked tag.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(head, filter, list, hint);
        setPadding(new Insets(8));
        setPrefWidth(240);
        setMinWidth(200);
        getStyleClass().add("tag-panel");
    }

    private BooleanProperty check(String tag) {
        return checks.computeIfAbsent(tag, t -> {
            BooleanProperty p = new SimpleBooleanProperty(checked.contains(t));
            p.addListener((o, a, on) -> {
                if (on) {
                    checked.add(t);
                } else {
                    checked.remove(t);
                }
                checkedCount.set(checked.size());
                model.setTagFilter(checked);
            });
            return p;
        });
    }

    /**
     * A tag's box and name, its count on the right. The cell follows the list's width: a long name is cut
     * with "…" and the count stays whole, with no sideways scrolling.
     */
    private final class TagCell extends ListCell<TagCount> {
        private final CheckBox box = new CheckBox();
        private final Label count = new Label();
        private final HBox row = new HBox(6, box, count);
        private BooleanProperty bound;

        TagCell() {
            box.setMinWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add("tag-count");
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TagCount item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setText(item.tag());
            count.setText(Fmt.count(item.count()));
            bound = check(item.key());
            box.selectedProperty().bindBidirectional(bound);
            setGraphic(row);
        }
    }

    /** Checks or unchecks a tag, as a click on its box would. */
    void check(String tag, boolean on) {
        check(CardTags.norm(tag)).set(on);
    }

    void clear() {
        checks.values().forEach(p -> p.set(false));
        checked.clear();
        checkedCount.set(0);
        model.setTagFilter(Set.of());
    }
}
