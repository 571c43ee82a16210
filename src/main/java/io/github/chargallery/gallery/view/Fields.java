package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardField;
import io.github.chargallery.gallery.model.CardDraft;
import io.github.chargallery.gallery.model.CardEditorModel;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** The editor's fields in the tabs: each shows the draft's value and hands what the user types to the editor. */
final class Fields {
    private Fields() {
    }

    /** Editable while the editor edits with the form (not the raw JSON). */
    static BooleanBinding formEditable(CardEditorModel editor) {
        return editor.editingProperty().and(editor.rawModeProperty().not());
    }

    static <T extends TextInputControl> T bind(T control, CardEditorModel editor, CardField field) {
        return bind(control, editor, d -> d.get(field), (e, text) -> e.setField(field, text));
    }

    /**
     * @param value what the control shows of a draft
     * @param set   what typing does
     */
    static <T extends TextInputControl> T bind(T control, CardEditorModel editor, Function<CardDraft, String> value,
            BiConsumer<CardEditorModel, String> set) {
        Runnable show = () -> {
            CardDraft d = editor.draftProperty().get();
            String v = d == null ? "" : value.apply(d);
            if (!control.getText().equals(v)) {
                control.setText(v);
            }
        };
        editor.draftProperty().addListener((o, a, b) -> show.run());
        show.run();
        control.textProperty().addListener((o, a, text) -> set.accept(editor, text));
        control.editableProperty().bind(formEditable(editor));
        return control;
    }

    static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-caption");
        return l;
    }

    static Node captioned(String label, Node field) {
        return new VBox(1, caption(label), field);
    }

    /** One line of the card, read-only text until Edit. */
    static Node line(CardEditorModel editor, CardField field) {
        TextField f = bind(new TextField(), editor, field);
        f.setPromptText("—");
        f.getStyleClass().add("detail-field");
        f.setId("field-" + field.key());
        return captioned(FieldLabels.label(field), f);
    }

    /** A field of prose, as tall as its text. */
    static Node prose(CardEditorModel editor, CardField field) {
        GrowingTextArea a = bind(new GrowingTextArea(), editor, field);
        a.setPromptText("—");
        a.setId("field-" + field.key());
        return captioned(FieldLabels.label(field), a);
    }
}
