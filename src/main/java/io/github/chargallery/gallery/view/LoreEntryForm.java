package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardDraft;
import io.github.chargallery.gallery.model.CardEditorModel;
import io.github.chargallery.card.LorebookEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The selected lorebook entry's fields and content. Every change goes to the editor as a new entry
 * made from the one shown, so the entry's fields the form does not show are carried along.
 */
final class LoreEntryForm extends VBox {
    private final CardEditorModel editor;
    private final CheckBox enabled = new CheckBox("Enabled");
    private final CheckBox constant = new CheckBox("Constant (always inserted)");
    private final CheckBox selective = new CheckBox("Selective (needs a secondary key too)");
    private final TextField keys = new TextField();
    private final TextField secondary = new TextField();
    private final TextField name = new TextField();
    private final TextField comment = new TextField();
    private final TextField order = new TextField();
    private final ComboBox<String> position = new ComboBox<>();
    private final GrowingTextArea content = new GrowingTextArea();
    private final Label nothing = new Label("Select an entry in the table to see its content.");
    private final VBox fields;
    private int index = -1;
    private boolean loading;

    LoreEntryForm(CardEditorModel editor) {
        super(8);
        this.editor = editor;
        setPadding(new Insets(8, 12, 12, 12));
        getStyleClass().add("lore-form");
        keys.setPromptText("comma-separated");
        secondary.setPromptText("comma-separated");
        position.getItems().addAll("before_char", "after_char");
        order.setPrefColumnCount(6);
        content.setId("lore-content");
        keys.setId("lore-keys");
        var editable = Fields.formEditable(editor);
        for (TextField f : List.of(keys, secondary, name, comment, order)) {
            f.editableProperty().bind(editable);
            f.getStyleClass().add("detail-field");
        }
        content.editableProperty().bind(editable);
        for (CheckBox c : List.of(enabled, constant, selective)) {
            c.disableProperty().bind(editable.not());
        }
        position.disableProperty().bind(editable.not());
        onText(keys, (e, t) -> e.withKeys(words(t)));
        onText(secondary, (e, t) -> e.withSecondaryKeys(words(t)));
        onText(name, LorebookEntry::withName);
        onText(comment, LorebookEntry::withComment);
        onText(order, (e, t) -> {
            try {
                return e.withInsertionOrder(Integer.parseInt(t.strip()));
            } catch (NumberFormatException notYet) {
                return e; // half typed ("-", ""): the last number stands
            }
        });
        onText(content, LorebookEntry::withContent);
        enabled.selectedProperty().addListener((o, a, on) -> change(e -> e.withEnabled(on)));
        constant.selectedProperty().addListener((o, a, on) -> change(e -> e.withConstant(on)));
        selective.selectedProperty().addListener((o, a, on) -> change(e -> e.withSelective(on)));
        position.valueProperty().addListener((o, a, p) -> change(e -> e.withPosition(p == null ? "" : p)));
        nothing.getStyleClass().add("detail-caption");
        fields = new VBox(8, new FlowPane(14, 4, enabled, constant, selective),
                Fields.captioned("Keys", keys), Fields.captioned("Secondary keys", secondary),
                Fields.captioned("Name", name), Fields.captioned("Comment", comment),
                new FlowPane(14, 4, Fields.captioned("Insertion order", order), Fields.captioned("Position", position)),
                Fields.captioned("Content", content));
        getChildren().addAll(nothing, fields);
        showEntry(-1);
        editor.draftProperty().addListener((o, a, d) -> showEntry(index));
    }

    /** Shows entry {@code i} of the draft (-1: none). */
    void showEntry(int i) {
        CardDraft d = editor.draftProperty().get();
        LorebookEntry e = d == null || i < 0 || i >= d.lorebook().size() ? null : d.lorebook().get(i);
        index = e == null ? -1 : i;
        fields.setVisible(e != null);
        fields.setManaged(e != null);
        nothing.setVisible(e == null);
        nothing.setManaged(e == null);
        if (e == null) {
            return;
        }
        loading = true;
        try {
            enabled.setSelected(e.enabled());
            constant.setSelected(e.constant());
            selective.setSelected(e.selective());
            // the text typed stands while it means the same ("a,b" and "a, b"), so the caret stays put
            setIfOther(keys, String.join(", ", e.keys()), !words(keys.getText()).equals(e.keys()));
            setIfOther(secondary, String.join(", ", e.secondaryKeys()), !words(secondary.getText()).equals(e.secondaryKeys()));
            setIfOther(name, e.name(), true);
            setIfOther(comment, e.comment(), true);
            setIfOther(order, Integer.toString(e.insertionOrder()), !order.getText().strip().equals(Integer.toString(e.insertionOrder())));
            position.setValue(e.position().isEmpty() ? null : e.position());
            setIfOther(content, e.content(), true);
        } finally {
            loading = false;
        }
    }

    private static void setIfOther(javafx.scene.control.TextInputControl c, String text, boolean differs) {
        if (differs && !c.getText().equals(text)) {
            c.setText(text);
        }
    }

    private void onText(javafx.scene.control.TextInputControl c, java.util.function.BiFunction<LorebookEntry, String, LorebookEntry> how) {
        c.textProperty().addListener((o, a, t) -> change(e -> how.apply(e, t)));
    }

    private void change(UnaryOperator<LorebookEntry> how) {
        CardDraft d = editor.draftProperty().get();
        if (loading || index < 0 || d == null || index >= d.lorebook().size() || !editor.editingProperty().get()) {
            return;
        }
        LorebookEntry now = d.lorebook().get(index);
        LorebookEntry next = how.apply(now);
        if (!next.equals(now)) {
            editor.setLoreEntry(index, next);
        }
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String k : text.split(",")) {
            if (!k.isBlank()) {
                out.add(k.strip());
            }
        }
        return out;
    }
}
