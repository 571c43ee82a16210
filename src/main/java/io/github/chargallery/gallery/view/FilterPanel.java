package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.model.FilterChips;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.model.Search;
import io.github.chargallery.library.CardQuery;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The active filters as removable chips, and a control for every filter (collapsed until opened). The
 * controls are made when the pane first opens: collapsed, they were a third of the nodes the window's first
 * frame styled and laid out.
 */
final class FilterPanel extends VBox {
    private final Search filters;
    private final FlowPane chips = new FlowPane(4, 4);
    private final GalleryModel model;
    private FilterControls controls;

    FilterPanel(GalleryModel model) {
        super(6);
        this.model = model;
        this.filters = model.filters();
        chips.getStyleClass().add("filter-chips");
        TitledPane pane = new TitledPane("Filters", null);
        pane.setExpanded(false);
        pane.getStyleClass().add("filter-pane");
        pane.expandedProperty().addListener((o, was, open) -> {
            if (open && controls == null) {
                controls = new FilterControls(model);
                pane.setContent(controls.node());
            }
        });
        getChildren().addAll(chips, pane);
        setPadding(new Insets(8, 8, 0, 8));
        getStyleClass().add("filter-panel");
        setPrefWidth(240); // as the tags below: the sidebar keeps one width whatever they hold
        setMinWidth(200);
        getStylesheets().add(CollectionPanel.class.getResource("collections.css").toExternalForm());
        filters.queryProperty().addListener((o, a, q) -> show(q));
        model.collections().rows().addListener((javafx.beans.Observable o) -> show(filters.queryProperty().get()));
        show(filters.queryProperty().get());
    }

    private void show(CardQuery q) {
        chips.getChildren().setAll(chipNodes(q));
        if (controls != null) {
            controls.show(q);
        }
    }

    private List<Node> chipNodes(CardQuery q) {
        List<FilterChips.Chip> all = FilterChips.of(q, id -> model.collections().rows().stream()
                .filter(c -> c.id() == id).map(c -> c.name()).findFirst().orElse(null));
        List<Node> nodes = new java.util.ArrayList<>();
        for (FilterChips.Chip c : all) {
            Button b = new Button(c.label(), new FontIcon(Material2AL.CLOSE));
            b.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            b.getStyleClass().addAll("filter-chip", Styles.SMALL, Styles.ROUNDED);
            b.setOnAction(e -> filters.setQuery(c.without()));
            nodes.add(b);
        }
        if (all.size() > 1) {
            Button clear = new Button("Clear all");
            clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            clear.setOnAction(e -> filters.setQuery(CardQuery.ALL.withUnreadable(q.unreadable() == CardQuery.Unreadable.HIDE
                    ? CardQuery.Unreadable.HIDE : CardQuery.Unreadable.SHOW)));
            nodes.add(clear);
        }
        return nodes;
    }
}
