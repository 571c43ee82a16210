package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardField;
import io.github.chargallery.card.Spec;
import io.github.chargallery.gallery.model.CardDetail;
import io.github.chargallery.gallery.model.CardDraft;
import io.github.chargallery.gallery.model.CardEditorModel;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;

/**
 * The first message and every other greeting: the alternate ones and, for V3 cards, those used only in
 * group chats. Each list adds, removes and reorders its greetings while editing.
 */
final class GreetingsTab extends Tab {
    private final CardEditorModel editor;
    private final GreetingList alternates;
    private final GreetingList groupOnly;
    private final VBox groupSection;
    private final Label summary = new Label();

    GreetingsTab(CardEditorModel editor) {
        super("Greetings");
        this.editor = editor;
        setClosable(false);
        alternates = new GreetingList(editor, false, "Alternate greeting", "Add a greeting");
        groupOnly = new GreetingList(editor, true, "Group-only greeting", "Add a group-only greeting");
        summary.getStyleClass().add("detail-caption");
        groupSection = new VBox(6, Fields.caption("Group-only greetings (V3: used only in group chats)"), groupOnly);
        VBox content = new VBox(12, summary, Fields.prose(editor, CardField.FIRST_MES),
                new VBox(6, Fields.caption("Alternate greetings"), alternates), groupSection);
        content.setPadding(new Insets(8, 12, 12, 12));
        setContent(DetailScroll.of(content));
        editor.draftProperty().addListener((o, a, d) -> show(d));
        editor.detailProperty().addListener((o, a, d) -> show(editor.draftProperty().get()));
        show(editor.draftProperty().get());
    }

    private void show(CardDraft d) {
        alternates.show(d == null ? java.util.List.of() : d.alternateGreetings());
        groupOnly.show(d == null ? java.util.List.of() : d.groupOnlyGreetings());
        CardDetail detail = editor.detailProperty().get();
        boolean v3 = detail != null && detail.summary().spec() == Spec.V3;
        boolean any = d != null && !d.groupOnlyGreetings().isEmpty();
        groupSection.setVisible(v3 || any);
        groupSection.setManaged(v3 || any);
        summary.setText(d == null ? "" : "First message, " + count(d.alternateGreetings().size(), "alternate greeting")
                + (v3 || any ? ", " + count(d.groupOnlyGreetings().size(), "group-only greeting") : ""));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
