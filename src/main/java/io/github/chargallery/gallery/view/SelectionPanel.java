package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.dialogs.Dialogs;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.model.SelectionActions;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The detail pane while more than one card is selected: how many, and what can be done to all of them
 * ({@link SelectionActions}). Its outcomes and their undo show in the bar under the toolbar.
 */
final class SelectionPanel extends VBox {
    final TextField tag = new TextField();
    final Button addTag = new Button("Add tag", new FontIcon(Material2AL.LABEL));
    final Button removeTag = new Button("Remove tag");
    final javafx.scene.control.ComboBox<String> collection = new javafx.scene.control.ComboBox<>();
    final Button addTo = new Button("Add to");
    final Button removeFrom = new Button("Remove from");

    SelectionPanel(GalleryModel model, Runnable close) {
        super(10);
        SelectionActions actions = model.selectionActions();
        getStyleClass().add("selection-panel");
        setPadding(new Insets(12));
        setPrefWidth(400);
        setMinWidth(300);

        Label title = new Label();
        title.getStyleClass().addAll("detail-title", Styles.TITLE_3);
        title.textProperty().bind(model.selection().textProperty());
        title.setWrapText(true);
        Button closeButton = new Button(null, new FontIcon(Material2AL.CLOSE));
        closeButton.setTooltip(new javafx.scene.control.Tooltip("Close (the selection stays)"));
        closeButton.setOnAction(e -> close.run());
        HBox head = new HBox(6, title, grow(), closeButton);
        head.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label("Ctrl+click adds or removes a card, Shift+click a range, Ctrl+A selects all shown, Esc clears.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);

        Button favorite = new Button("Favourite", new FontIcon(Material2MZ.STAR));
        favorite.setOnAction(e -> actions.setFavorite(true));
        Button unfavorite = new Button("Unfavourite", new FontIcon(Material2MZ.STAR_BORDER));
        unfavorite.setOnAction(e -> actions.setFavorite(false));

        tag.setPromptText("A tag of yours…");
        tag.setId("selection-tag");
        HBox.setHgrow(tag, Priority.ALWAYS);
        TagCompletion.attach(tag, model.tagCounts());
        addTag.setId("selection-add-tag");
        addTag.setOnAction(e -> {
            actions.addTag(tag.getText());
            tag.clear();
            tag.requestFocus(); // the next tag, without the focus leaving for a button elsewhere
        });
        tag.setOnAction(e -> addTag.fire());
        removeTag.setOnAction(e -> {
            actions.removeTag(tag.getText());
            tag.clear();
            tag.requestFocus();
        });
        addTag.disableProperty().bind(tag.textProperty().isEmpty().or(actions.busyProperty()));
        removeTag.disableProperty().bind(tag.textProperty().isEmpty().or(actions.busyProperty()));

        collection.setEditable(true);
        collection.setPromptText("A collection…");
        collection.setId("selection-collection");
        collection.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(collection, Priority.ALWAYS);
        actions.collections().addListener((javafx.collections.ListChangeListener<io.github.chargallery.library.Collections.Info>)
                c -> collection.getItems().setAll(actions.collections().stream().map(i -> i.name()).toList()));
        addTo.setId("selection-add-to-collection");
        addTo.setOnAction(e -> {
            actions.addToCollection(collectionName());
            collection.requestFocus(); // not a jump to a button elsewhere while these wait for the action
        });
        removeFrom.setOnAction(e -> {
            actions.collections().stream().filter(i -> i.name().equalsIgnoreCase(collectionName()))
                    .findFirst().ifPresent(actions::removeFromCollection);
            collection.requestFocus();
        });
        var noName = javafx.beans.binding.Bindings.createBooleanBinding(() -> collectionName().isEmpty(),
                collection.getEditor().textProperty(), collection.valueProperty());
        addTo.disableProperty().bind(noName.or(actions.busyProperty()));
        removeFrom.disableProperty().bind(noName.or(actions.busyProperty()));
        // the choices are read again whenever the panel comes up: collections made elsewhere join in
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                actions.reloadCollections();
            }
        });

        Button export = new Button("Export…", new FontIcon(Material2AL.ARCHIVE));
        export.setTooltip(new javafx.scene.control.Tooltip("Writes each card into a folder you choose, as a PNG card"));
        export.setOnAction(e -> Dialogs.chooseFolder(getScene().getWindow(), "Export the selected cards into")
                .ifPresent(actions::export));
        Button trash = new Button("Move to trash", new FontIcon(Material2AL.DELETE_OUTLINE));
        trash.getStyleClass().add(Styles.DANGER);
        trash.setOnAction(e -> actions.moveToTrash());
        Button send = new Button("Send to SillyTavern");
        send.setOnAction(e -> actions.sendToSillyTavern());
        send.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.sillyTavern().state().linked(), model.sillyTavern().stateProperty()));
        send.managedProperty().bind(send.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(actions.progressProperty());
        progress.visibleProperty().bind(actions.busyProperty()
                .and(model.selection().countProperty().greaterThanOrEqualTo(SelectionActions.LARGE)));
        progress.managedProperty().bind(progress.visibleProperty());

        VBox body = new VBox(10, section("Favourite"), new HBox(8, favorite, unfavorite),
                section("Your tags"), new HBox(8, tag, addTag, removeTag),
                section("Collections"), new HBox(8, collection, addTo, removeFrom),
                section("Files"), new HBox(8, export, send), new HBox(8, trash), progress);
        // the buttons wait while an action runs; the tag field keeps its focus and text
        for (Button b : List.of(favorite, unfavorite, export, trash, send)) {
            b.disableProperty().bind(actions.busyProperty());
        }
        getChildren().addAll(head, hint, new Separator(), body);
    }

    /** What the collection box says: a chosen name or one being typed (a new collection). */
    private String collectionName() {
        String typed = collection.getEditor().getText();
        return typed == null ? "" : typed.strip();
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
        return l;
    }

    private static javafx.scene.layout.Region grow() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
