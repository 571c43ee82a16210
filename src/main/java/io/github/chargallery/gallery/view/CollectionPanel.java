package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.dialogs.Dialogs;
import io.github.chargallery.gallery.model.CardDrag;
import io.github.chargallery.gallery.model.CollectionsModel;
import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.library.Collections;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The collections above the tags, with counts that follow the filters: a click shows only that collection
 * (again: all cards), tiles dropped on a plain one join it, its menu renames or deletes it (never its cards).
 * "New" makes a collection or saves the current view as a smart collection.
 */
final class CollectionPanel extends VBox {
    private final CollectionsModel collections;
    private final GalleryModel model;

    CollectionPanel(GalleryModel model) {
        super(6);
        this.collections = model.collections();
        this.model = model;
        Label title = new Label("Collections");
        title.getStyleClass().add("panel-title");
        MenuItem plain = new MenuItem("New collection…");
        plain.setOnAction(e -> ask("New collection", "Name of the new collection:", "").ifPresent(collections::create));
        MenuItem smart = new MenuItem("Save this view as a smart collection…");
        smart.setOnAction(e -> ask("New smart collection", "The current search, filters and sort, saved as:", "")
                .ifPresent(collections::createSmart));
        MenuButton add = new MenuButton("New", new FontIcon(Material2AL.ADD), plain, smart);
        add.getStyleClass().addAll(Styles.SMALL, "new-collection");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, add);
        head.setAlignment(Pos.CENTER_LEFT);
        ListView<CollectionsModel.Row> list = new ListView<>(collections.rows());
        list.setCellFactory(lv -> new CollectionCell());
        list.setFixedCellSize(26);
        Label none = new Label("No collections yet: New, or drop cards here");
        none.setWrapText(true);
        none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        list.setPlaceholder(none);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 26.0 * Math.max(2, Math.min(8, collections.rows().size())) + 4, collections.rows()));
        // the tag list below gives way first: up to four collections stay in sight with the filters open
        list.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 26.0 * Math.max(2, Math.min(4, collections.rows().size())) + 4, collections.rows()));
        list.getStyleClass().add("collection-list");
        getChildren().addAll(head, list);
        setPadding(new Insets(8, 8, 0, 8));
        getStyleClass().add("collection-panel");
        setPrefWidth(240); // as the tags below: the sidebar keeps one width whatever they hold
        setMinWidth(200);
        getStylesheets().add(CollectionPanel.class.getResource("collections.css").toExternalForm());
    }

    private Optional<String> ask(String title, String text, String value) {
        TextInputDialog d = new TextInputDialog(value);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(text);
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void confirmDelete(CollectionsModel.Row c) {
        if (Dialogs.confirm(getScene() == null ? null : getScene().getWindow(), "Delete collection", null,
                "Delete the collection \"" + c.name() + "\"?"
                + (c.smart() ? " Its saved view is forgotten." : " Its cards stay in the library."))) {
            collections.delete(c);
        }
    }

    /** A collection's icon, name and count; the active one is marked; a plain one takes dropped tiles. */
    private final class CollectionCell extends ListCell<CollectionsModel.Row> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox row = new HBox(6, name, count);

        CollectionCell() {
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add("tag-count");
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                CollectionsModel.Row c = getItem();
                if (c != null && e.getButton() == MouseButton.PRIMARY) {
                    CollectionsModel.Row a = collections.activeProperty().get();
                    collections.show(a != null && a.id() == c.id() ? null : c);
                }
            });
            setOnDragOver(e -> {
                CollectionsModel.Row c = getItem();
                if (c != null && !c.smart() && e.getDragboard().hasContent(CardDrag.FORMAT)) {
                    e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                    e.consume();
                }
            });
            setOnDragEntered(e -> {
                if (getItem() != null && !getItem().smart() && e.getDragboard().hasContent(CardDrag.FORMAT)) {
                    getStyleClass().add("drop-target");
                }
            });
            setOnDragExited(e -> getStyleClass().remove("drop-target"));
            setOnDragDropped(e -> {
                CollectionsModel.Row c = getItem();
                List<Long> ids = CardDrag.decode(e.getDragboard().getContent(CardDrag.FORMAT));
                boolean done = c != null && !c.smart() && !ids.isEmpty();
                if (done) { // through the selection's actions: one transaction, and Undo in the notice
                    model.selectionActions().addToCollection(new Collections.Info(c.id(), c.name(), c.count(), null),
                            model.selectionActions().cardsOf(ids));
                }
                e.setDropCompleted(done);
                e.consume();
            });
            collections.activeProperty().addListener((o, a, b) -> mark());
        }

        private void mark() {
            CollectionsModel.Row a = collections.activeProperty().get();
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("active"),
                    a != null && getItem() != null && a.id() == getItem().id());
        }

        @Override
        protected void updateItem(CollectionsModel.Row item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setContextMenu(null);
                mark();
                return;
            }
            name.setText(item.name());
            name.setGraphic(new FontIcon(item.smart() ? Material2AL.FILTER_ALT : Material2AL.FOLDER_SPECIAL));
            count.setText(Fmt.count(item.count()));
            setGraphic(row);
            MenuItem rename = new MenuItem("Rename…");
            rename.setOnAction(e -> ask("Rename collection", "New name:", item.name())
                    .ifPresent(n -> collections.rename(item, n)));
            MenuItem delete = new MenuItem("Delete…", new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
            delete.setOnAction(e -> confirmDelete(item));
            ContextMenu menu = new ContextMenu(rename, delete);
            if (item.smart()) {
                MenuItem update = new MenuItem("Save the current view into it");
                update.setOnAction(e -> collections.updateSmart(item));
                menu.getItems().add(1, update);
            }
            setContextMenu(menu);
            mark();
        }
    }
}
