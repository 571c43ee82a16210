package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.card.Card;
import io.github.chargallery.gallery.model.Cleanup;
import io.github.chargallery.gallery.model.TextDiff;
import io.github.chargallery.library.dupes.DuplicateGroup;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;

/**
 * Two cards field by field: the short fields side by side (differing ones marked), then a word diff of
 * description, personality, scenario and first message (removed words struck through, added ones marked).
 */
final class CompareDialog {
    private CompareDialog() {
    }

    static void show(Window owner, Cleanup cleanup, DuplicateGroup.Copy first, DuplicateGroup.Copy second) {
        // the older on the left: what the newer one added reads as added
        boolean swap = first.changedAt() > second.changedAt();
        DuplicateGroup.Copy a = swap ? second : first;
        DuplicateGroup.Copy b = swap ? first : second;
        Dialog<Void> d = new Dialog<>();
        d.setResizable(true);
        d.initOwner(owner);
        d.setTitle("Compare " + a.name() + " and " + b.name());
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().getStylesheets().add(CompareDialog.class.getResource("duplicates.css").toExternalForm());
        VBox content = new VBox(10, new Label("Reading both cards…"));
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(940, 640);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().setPrefSize(980, 720);
        cleanup.read(List.of(a.files().get(0), b.files().get(0)), cards -> fill(content, cards.get(0), cards.get(1)));
        d.show();
    }

    static void fill(VBox content, Card a, Card b) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setPercentWidth(20);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(40);
        grid.getColumnConstraints().addAll(label, value, value);
        grid.addRow(0, new Label(""), heading("Older"), heading("Newer"));
        int row = 1;
        row = field(grid, row, "Name", a, b, Card::name);
        row = field(grid, row, "Creator", a, b, Card::creator);
        row = field(grid, row, "Version", a, b, Card::characterVersion);
        row = field(grid, row, "Spec", a, b, c -> c.spec().label());
        row = field(grid, row, "Tags", a, b, c -> String.join(", ", c.tags()));
        row = field(grid, row, "Greetings", a, b, c -> String.valueOf(1 + c.alternateGreetingCount()));
        row = field(grid, row, "Lorebook entries", a, b, c -> String.valueOf(c.lorebookEntries()));
        row = field(grid, row, "Created", a, b, c -> date(c.creationDate()));
        field(grid, row, "Modified", a, b, c -> date(c.modificationDate()));
        content.getChildren().setAll(grid);
        text(content, "Description", a.description(), b.description());
        text(content, "Personality", a.personality(), b.personality());
        text(content, "Scenario", a.scenario(), b.scenario());
        text(content, "First message", a.firstMessage(), b.firstMessage());
    }

    private static int field(GridPane grid, int row, String name, Card a, Card b, Function<Card, String> value) {
        String x = Objects.requireNonNullElse(value.apply(a), "");
        String y = Objects.requireNonNullElse(value.apply(b), "");
        Label l = new Label(name);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        Label lx = new Label(x);
        Label ly = new Label(y);
        lx.setWrapText(true);
        ly.setWrapText(true);
        if (!x.equals(y)) {
            lx.getStyleClass().add("copy-diff");
            ly.getStyleClass().add("copy-diff");
        }
        grid.addRow(row, l, lx, ly);
        return row + 1;
    }

    private static void text(VBox content, String name, String a, String b) {
        String x = Objects.requireNonNullElse(a, "");
        String y = Objects.requireNonNullElse(b, "");
        Label title = new Label(name + (x.equals(y) ? " (the same)" : " (" + x.length() + " → " + y.length()
                + " chars)"));
        title.getStyleClass().add("group-title");
        content.getChildren().add(title);
        if (x.equals(y)) {
            return;
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("text-diff");
        for (TextDiff.Piece p : TextDiff.of(x, y)) {
            Text t = new Text(p.text());
            t.getStyleClass().add(switch (p.kind()) {
                case SAME -> "diff-same";
                case ADDED -> "diff-added";
                case REMOVED -> "diff-removed";
            });
            t.setStrikethrough(p.kind() == TextDiff.Kind.REMOVED);
            flow.getChildren().add(t);
        }
        content.getChildren().add(flow);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("group-title");
        return l;
    }

    private static String date(Long epochSeconds) {
        return epochSeconds == null ? "-" : Instant.ofEpochSecond(epochSeconds).toString().replace('T', ' ')
                .replace("Z", "");
    }
}
