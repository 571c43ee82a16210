package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.TagCount;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Completion for a tag field: the library's tags that start with (then contain) what is typed, most used first. */
final class TagCompletion {
    private static final int SHOWN = 8;

    private TagCompletion() {
    }

    static void attach(TextField field, ObservableList<TagCount> tags) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("tag-completion");
        field.textProperty().addListener((o, was, now) -> {
            if (!field.isFocused()) {
                return;
            }
            List<String> found = matches(tags, now);
            if (found.isEmpty()) {
                menu.hide();
                return;
            }
            menu.getItems().clear();
            for (String t : found) {
                CustomMenuItem item = new CustomMenuItem(new Label(t), true);
                item.setOnAction(e -> {
                    field.setText(t);
                    field.positionCaret(t.length());
                    menu.hide();
                });
                menu.getItems().add(item);
            }
            if (!menu.isShowing()) {
                menu.show(field, Side.BOTTOM, 0, 0);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                menu.hide();
            }
        });
    }

    /** Tags starting with {@code typed}, then those containing it, each list in the tag list's order. */
    static List<String> matches(List<TagCount> tags, String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> starts = tags.stream().map(TagCount::tag).filter(t -> t.toLowerCase(Locale.ROOT).startsWith(q)
                && !t.equalsIgnoreCase(q)).limit(SHOWN).toList();
        List<String> contains = tags.stream().map(TagCount::tag).filter(t -> !t.toLowerCase(Locale.ROOT).startsWith(q)
                && t.toLowerCase(Locale.ROOT).contains(q)).limit(SHOWN - starts.size()).toList();
        return java.util.stream.Stream.concat(starts.stream(), contains.stream()).toList();
    }
}
