package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.dupes.DuplicateGroup;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One card of a duplicates group: picture, who and where, and the group's differences in this copy. */
final class CopyBox extends VBox {
    static final double WIDTH = 190;

    CopyBox(DuplicateGroup g, int index, boolean newest, Thumbnails thumbnails,
            ObservableList<DuplicateGroup.Copy> chosen, BooleanSupplier stillShown, Consumer<DuplicateGroup.Copy> keep) {
        super(3);
        DuplicateGroup.Copy c = g.copies().get(index);
        getStyleClass().add("copy-box");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        ImageView picture = new ImageView();
        picture.setFitWidth(WIDTH - 12);
        picture.setFitHeight((WIDTH - 12) * Thumbnails.PICTURE_RATIO * 0.75);
        picture.setPreserveRatio(true);
        StackPane frame = new StackPane(picture);
        frame.getStyleClass().add("copy-picture");
        frame.setPrefHeight(picture.getFitHeight());
        if (c.pictureHash() == null && !c.files().get(0).toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            Label none = new Label(c.files().get(0).toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                    ? "JSON file, no picture" : "no picture");
            none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            frame.getChildren().add(none);
        }
        if (newest) {
            Label badge = new Label("newest");
            badge.getStyleClass().add("copy-newest");
            StackPane.setAlignment(badge, javafx.geometry.Pos.TOP_LEFT);
            frame.getChildren().add(badge);
        }
        thumbnails.request(asSummary(c), img -> {
            if (stillShown.getAsBoolean()) {
                picture.setImage(img);
            }
        });
        Label name = new Label((c.favorite() ? "★ " : "") + c.name());
        name.getStyleClass().add("copy-name");
        Label who = new Label((c.creator().isEmpty() ? "no creator" : "by " + c.creator())
                + (c.version() == null || c.version().isBlank() ? "" : " · v" + c.version()));
        who.getStyleClass().add(Styles.TEXT_MUTED);
        Label file = new Label(FileNames.display(c.files().get(0).getFileName())
                + (c.files().size() > 1 ? " +" + (c.files().size() - 1) : ""));
        file.setTooltip(new Tooltip(String.join("\n", c.files().stream().map(FileNames::display).toList())));
        file.getStyleClass().add(Styles.TEXT_SMALL);
        Label facts = new Label(Fmt.bytes(c.size()) + " · " + Fmt.date(c.fileModified()));
        facts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().addAll(frame, name, who, file, facts);
        if (!c.userTags().isEmpty()) {
            Label tags = new Label("tags: " + String.join(", ", c.userTags()));
            tags.getStyleClass().add(Styles.TEXT_SMALL);
            getChildren().add(tags);
        }
        for (DuplicateGroup.Difference d : g.differences()) {
            if (d.field().equals("file date") || d.field().equals("size")) {
                continue; // shown above for every copy
            }
            String value = d.values().get(index);
            if (d.field().equals("folder")) {
                value = "…/" + java.nio.file.Path.of(value).getFileName(); // the whole path in the tooltip
            }
            Label diff = new Label(d.field() + ": " + value);
            diff.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            diff.setTooltip(new Tooltip(d.field() + ": " + d.values().get(index)));
            diff.getStyleClass().add("copy-diff");
            diff.setWrapText(true);
            getChildren().add(diff);
        }
        Button keepThis = new Button("Keep this one");
        keepThis.getStyleClass().add(Styles.SMALL);
        keepThis.setOnAction(e -> keep.accept(c));
        keepThis.setTooltip(new Tooltip("The other copies of this group go to the trash; their favourite and tags"
                + " come to this card"));
        CheckBox compare = new CheckBox("Compare");
        compare.setSelected(chosen.contains(c));
        compare.selectedProperty().addListener((o, a, on) -> {
            if (on && !chosen.contains(c)) {
                if (chosen.size() == 2) {
                    chosen.remove(0);
                }
                chosen.add(c);
            } else if (!on) {
                chosen.remove(c);
            }
        });
        getChildren().addAll(keepThis, compare);
    }

    /** What the thumbnail cache keys on: the first file, its size and date. */
    static CardSummary asSummary(DuplicateGroup.Copy c) {
        return new CardSummary(c.cardId(), c.name(), c.creator(), List.of(), c.userTags(), null, c.favorite(),
                c.files(), c.size(), 0, c.fileModified(), c.cardDate(), CardSummary.NOT_COUNTED, CardSummary.NOT_COUNTED,
                null, false);
    }
}
