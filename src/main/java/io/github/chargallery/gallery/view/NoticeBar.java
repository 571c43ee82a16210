package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.GalleryModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The model's notice (a failed job, an import's outcome) under the toolbar, until dismissed. */
final class NoticeBar extends HBox {
    NoticeBar(GalleryModel model) {
        super(10);
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(model.noticeProperty());
        Button close = new Button("Dismiss");
        close.setOnAction(e -> model.dismissNotice());
        Button rebuild = new Button("Rebuild index…");
        rebuild.setOnAction(e -> model.requestRebuild());
        rebuild.visibleProperty().bind(model.damagedProperty().isNotNull());
        rebuild.managedProperty().bind(rebuild.visibleProperty());
        rebuild.setDefaultButton(true);
        rebuild.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(text, spacer, rebuild, close);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("notice");
        visibleProperty().bind(model.noticeProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
