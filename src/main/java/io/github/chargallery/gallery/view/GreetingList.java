package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardEditorModel;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One list of greetings: a growing editor each, with move up, move down and remove while editing, and
 * an add button. The editors are made again only when the number of greetings changes, so typing
 * keeps the focus; a move shows up as two editors swapping their text.
 */
final class GreetingList extends VBox {
    private final CardEditorModel editor;
    private final boolean groupOnly;
    private final String itemName;
    private final VBox items = new VBox(8);
    private final List<GrowingTextArea> areas = new ArrayList<>();
    private final Label none = new Label("none");

    GreetingList(CardEditorModel editor, boolean groupOnly, String itemName, String addText) {
        super(6);
        this.editor = editor;
        this.groupOnly = groupOnly;
        this.itemName = itemName;
        getStyleClass().add("greeting-list");
        none.getStyleClass().add("detail-caption");
        Button add = new Button(addText, new FontIcon(Material2AL.ADD));
        add.getStyleClass().add("greeting-add");
        add.visibleProperty().bind(Fields.formEditable(editor));
        add.managedProperty().bind(add.visibleProperty());
        add.setOnAction(e -> {
            editor.addGreeting(groupOnly);
            if (!areas.isEmpty()) {
                areas.get(areas.size() - 1).requestFocus();
            }
        });
        getChildren().addAll(none, items, add);
    }

    void show(List<String> greetings) {
        if (greetings.size() != areas.size()) {
            rebuild(greetings.size());
        }
        for (int i = 0; i < greetings.size(); i++) {
            GrowingTextArea a = areas.get(i);
            if (!a.getText().equals(greetings.get(i))) {
                a.setText(greetings.get(i));
            }
        }
        none.setVisible(greetings.isEmpty());
        none.setManaged(greetings.isEmpty());
    }

    private void rebuild(int n) {
        areas.clear();
        items.getChildren().clear();
        for (int i = 0; i < n; i++) {
            int index = i;
            GrowingTextArea area = new GrowingTextArea();
            area.editableProperty().bind(Fields.formEditable(editor));
            area.textProperty().addListener((o, a, text) -> editor.setGreeting(groupOnly, index, text));
            area.getStyleClass().add("greeting-text");
            areas.add(area);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox tools = new HBox(2, tool(Material2AL.ARROW_UPWARD, "Move up", () -> move(index, -1)),
                    tool(Material2AL.ARROW_DOWNWARD, "Move down", () -> move(index, 1)),
                    tool(Material2AL.DELETE_OUTLINE, "Remove this greeting", () -> editor.removeGreeting(groupOnly, index)));
            tools.visibleProperty().bind(Fields.formEditable(editor));
            HBox head = new HBox(4, Fields.caption(itemName + " " + (i + 1)), spacer, tools);
            head.setAlignment(Pos.CENTER_LEFT);
            items.getChildren().add(new VBox(2, head, area));
        }
    }

    private void move(int index, int by) {
        editor.moveGreeting(groupOnly, index, by);
        int to = index + by;
        if (to >= 0 && to < areas.size()) {
            areas.get(to).requestFocus();
        }
    }

    private static Node tool(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("greeting-tool", atlantafx.base.theme.Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
