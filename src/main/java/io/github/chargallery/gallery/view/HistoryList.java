package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardEditorModel;
import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.library.HistoryVersion;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The versions of the card's file kept before each save, newest first, each with Revert. */
final class HistoryList extends VBox {
    private final CardEditorModel editor;
    private final VBox rows = new VBox(4);
    private final Label none = new Label("No earlier versions: the history fills as you save.");

    HistoryList(CardEditorModel editor) {
        super(4);
        this.editor = editor;
        setId("history-list");
        none.getStyleClass().add("detail-caption");
        none.setWrapText(true);
        getChildren().addAll(Fields.caption("History (kept before each save, newest first)"), none, rows);
        editor.history().addListener((ListChangeListener<HistoryVersion>) c -> show());
        show();
    }

    private void show() {
        rows.getChildren().clear();
        for (HistoryVersion v : editor.history()) {
            Label what = new Label(v.number() + ".  saved over " + Fmt.dateSeconds(v.replaced().toEpochMilli())
                    + "  ·  " + Fmt.bytes(v.size()));
            what.setTooltip(new Tooltip("This version was written " + Fmt.date(v.written().toEpochMilli())
                    + " and replaced by a save " + Fmt.date(v.replaced().toEpochMilli())));
            what.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(what, Priority.ALWAYS);
            Button revert = new Button("Revert");
            revert.getStyleClass().add("history-revert");
            revert.setTooltip(new Tooltip("Bring this version back byte for byte (the file as it is now is kept too)"));
            revert.disableProperty().bind(editor.editingProperty().or(editor.busyProperty()));
            revert.setOnAction(e -> editor.revert(v.number()));
            HBox row = new HBox(6, what, revert);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("history-row");
            rows.getChildren().add(row);
        }
        boolean empty = editor.history().isEmpty();
        none.setVisible(empty);
        none.setManaged(empty);
    }
}
