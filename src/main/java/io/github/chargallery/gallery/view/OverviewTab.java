package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardField;
import atlantafx.base.theme.Styles;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.TokenCounter;
import io.github.chargallery.gallery.model.CardDetail;
import io.github.chargallery.gallery.model.CardDraft;
import io.github.chargallery.gallery.model.CardEditorModel;

import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.library.CardSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The card at a glance: picture, the one-line fields (editable while editing), spec, tags (the card's
 * and the user's), counts, token counts, its files, and the saved versions to go back to.
 */
final class OverviewTab extends Tab {
    static final double IMAGE_WIDTH = 210;

    private final GalleryModel model;
    private final CardEditorModel editor;
    private final Thumbnails thumbnails;
    private final Consumer<Path> openFolder;
    private final ImageView image = new ImageView();
    private final Label error = new Label();
    private final TextField spec = new TextField();
    private final FlowPane cardTags = new FlowPane(4, 4);
    private final TextField cardTagsField = new TextField();
    private final FlowPane userTags = new FlowPane(4, 4);
    private final TextField newTag = new TextField();
    private final VBox sillyTavern = new VBox();
    private final Label counts = new Label();
    private final Label tokens = new Label();
    private final VBox files = new VBox(4);
    private final Label fileFacts = new Label();
    private final VBox cardOnly;
    private final VBox cardFacts;
    private final Label reading = new Label("Reading the card…");
    private CardSummary shown;

    OverviewTab(GalleryModel model, CardEditorModel editor, Thumbnails thumbnails, Consumer<Path> openFolder) {
        super("Overview");
        this.model = model;
        this.editor = editor;
        this.thumbnails = thumbnails;
        this.openFolder = openFolder;
        setClosable(false);
        image.setPreserveRatio(true);
        image.setFitWidth(IMAGE_WIDTH);
        image.setFitHeight(IMAGE_WIDTH * Thumbnails.PICTURE_RATIO);
        HBox picture = new HBox(image);
        picture.setAlignment(Pos.CENTER);
        // a JSON card has no picture: no empty frame either
        picture.visibleProperty().bind(image.imageProperty().isNotNull());
        picture.managedProperty().bind(picture.visibleProperty());
        FontIcon warning = new FontIcon(Material2MZ.WARNING);
        warning.getStyleClass().add("detail-warning");
        error.setGraphic(warning);
        error.setWrapText(true);
        error.getStyleClass().add("detail-error");
        newTag.setPromptText("Add a tag, then Enter");
        newTag.setOnAction(e -> {
            if (shown != null && !newTag.getText().isBlank()) {
                model.addUserTag(shown, newTag.getText());
                newTag.clear();
            }
        });
        bindCardTags();
        spec.setEditable(false);
        spec.getStyleClass().add("detail-value");
        for (Label l : List.of(counts, tokens, fileFacts)) {
            l.getStyleClass().add("detail-value-label");
            l.setWrapText(true);
        }
        tokens.setId("overview-tokens");
        counts.setId("overview-counts");
        // two short fields a row, so the tags (the user's too) show without scrolling under the picture
        cardOnly = new VBox(8, Fields.line(editor, CardField.NAME),
                pair(Fields.line(editor, CardField.NICKNAME), Fields.line(editor, CardField.CREATOR)),
                pair(Fields.line(editor, CardField.CHARACTER_VERSION), Fields.captioned("Spec", spec)),
                Fields.captioned("Card tags", new VBox(4, cardTags, cardTagsField)));
        cardFacts = new VBox(8,
                Fields.captioned("Alternate greetings · lorebook entries · assets", counts),
                Fields.captioned("Tokens: permanent / first message", tokens),
                new HistoryList(editor));
        VBox content = new VBox(8, picture, error, reading, cardOnly, Fields.caption("Your tags"), userTags, newTag, sillyTavern,
                cardFacts,
                Fields.caption("Files"), files, Fields.captioned("Size · modified · added", fileFacts));
        content.setPadding(new Insets(4, 12, 12, 12));
        content.setFillWidth(true);
        setContent(DetailScroll.of(content));
        editor.detailProperty().addListener((o, a, d) -> show(d));
        editor.draftProperty().addListener((o, a, d) -> showDraft(d));
        editor.assetCountProperty().addListener((o, a, n) -> showDraft(editor.draftProperty().get()));
        model.sillyTavern().stateProperty().addListener((o, a, b) -> show(editor.detailProperty().get()));
        show(editor.detailProperty().get());
    }

    private static Node pair(Node left, Node right) {
        HBox row = new HBox(12, left, right);
        for (Node n : List.of(left, right)) {
            HBox.setHgrow(n, javafx.scene.layout.Priority.ALWAYS);
            if (n instanceof javafx.scene.layout.Region r) {
                r.setPrefWidth(1); // the two share the width evenly
                r.setMaxWidth(Double.MAX_VALUE);
            }
        }
        return row;
    }

    /** Card tags: chips to read, one comma-separated field while editing. */
    private void bindCardTags() {
        cardTagsField.setPromptText("tags, separated by commas");
        cardTagsField.setId("field-tags");
        cardTagsField.visibleProperty().bind(Fields.formEditable(editor));
        cardTagsField.managedProperty().bind(cardTagsField.visibleProperty());
        cardTags.visibleProperty().bind(cardTagsField.visibleProperty().not());
        cardTags.managedProperty().bind(cardTags.visibleProperty());
        cardTagsField.textProperty().addListener((o, a, t) -> editor.setTags(t));
        editor.editingProperty().addListener((o, a, on) -> {
            CardDraft d = editor.draftProperty().get();
            if (on && d != null) {
                cardTagsField.setText(String.join(", ", d.tags()));
            }
        });
    }

    private void show(CardDetail d) {
        if (d == null) {
            shown = null;
            image.setImage(null);
            return;
        }
        CardSummary s = d.summary();
        boolean sameCard = shown != null && shown.sameFileVersion(s);
        shown = s;
        if (!sameCard) {
            loadImage(s);
        }
        String why = s.isError() ? s.error() : d.error();
        error.setText(why == null ? "" : "Unreadable: " + why);
        error.setVisible(why != null);
        error.setManaged(why != null);
        Card c = d.card();
        for (VBox b : List.of(cardOnly, cardFacts)) {
            b.setVisible(c != null);
            b.setManaged(c != null);
        }
        boolean waiting = c == null && why == null;
        reading.setVisible(waiting);
        reading.setManaged(waiting);
        spec.setText(s.spec() == null ? "unknown" : s.spec().label());
        tokens.setText(tokens(s));
        userTags.getChildren().setAll(chips(s.userTags().stream()
                .map(t -> chip(t, "user-tag", () -> model.removeUserTag(shown, t))).toList()));
        sillyTavern.getChildren().setAll(SillyTavernSection.of(model, s).map(List::of).orElse(List.of()));
        files.getChildren().clear();
        for (Path f : s.files()) {
            TextField path = new TextField(FileNames.display(f));
            path.setEditable(false);
            path.getStyleClass().add("detail-value");
            Button open = new Button("Open folder");
            open.setOnAction(e -> openFolder.accept(f.getParent()));
            Button copy = new Button("Copy path");
            copy.setOnAction(e -> {
                ClipboardContent cc = new ClipboardContent();
                cc.putString(f.toString());
                Clipboard.getSystemClipboard().setContent(cc);
            });
            files.getChildren().addAll(path, new HBox(6, open, copy));
        }
        fileFacts.setText(Fmt.bytes(s.size()) + "  ·  " + Fmt.date(s.fileModified()) + "  ·  " + Fmt.date(s.addedAt()));
        showDraft(editor.draftProperty().get());
    }

    private void showDraft(CardDraft d) {
        if (d == null) {
            cardTags.getChildren().clear();
            counts.setText("");
            return;
        }
        cardTags.getChildren().setAll(chips(d.tags().stream().map(t -> chip(t, "card-tag", null)).toList()));
        counts.setText(Fmt.count(d.alternateGreetings().size()) + "  ·  " + Fmt.count(d.lorebook().size()) + "  ·  "
                + Fmt.count(editor.assetCountProperty().get()));
    }

    private void loadImage(CardSummary s) {
        image.setImage(null);
        if (s.files().isEmpty()) {
            return;
        }
        Path f = s.files().get(0);
        if (CardFile.Format.of(f) == CardFile.Format.PNG && !s.offline()) {
            // decoded at display size in the background, its header checked first (a 100000 x 100000
            // header must not allocate); the tile's thumbnail or placeholder when it does not decode
            thumbnails.picture(f, (int) IMAGE_WIDTH, (int) (IMAGE_WIDTH * Thumbnails.PICTURE_RATIO), img -> {
                if (img != null) {
                    setIfShown(s, img);
                } else {
                    thumbnails.request(s, t -> setIfShown(s, t));
                }
            });
        } else {
            thumbnails.request(s, img -> setIfShown(s, img));
        }
    }

    private void setIfShown(CardSummary s, Image img) {
        if (shown != null && shown.id() == s.id()) {
            image.setImage(img);
        }
    }

    /** E.g. "1,089 / 312 tokens (cl100k)": the tokenizer is named, as other models count differently. */
    static String tokens(CardSummary s) {
        if (s.permanentTokens() == CardSummary.NOT_COUNTED) {
            return "counted at the next scan"; // a row from an index made before counts existed
        }
        return Fmt.count(s.permanentTokens()) + " / " + Fmt.count(s.firstMessageTokens()) + " tokens ("
                + TokenCounter.NAME + ")";
    }

    private static List<Node> chips(List<Node> nodes) {
        if (nodes.isEmpty()) {
            Label none = new Label("none");
            none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            return List.of(none);
        }
        return nodes;
    }

    private static Node chip(String text, String style, Runnable remove) {
        Label l = new Label(text);
        l.getStyleClass().addAll("chip", style);
        if (remove == null) {
            return l;
        }
        Button x = new Button(null, new FontIcon(Material2AL.CLOSE));
        x.getStyleClass().add("chip-remove");
        x.setTooltip(new Tooltip("Remove the tag \"" + text + "\""));
        x.setOnAction(e -> remove.run());
        HBox box = new HBox(2, l, x);
        box.getStyleClass().addAll("chip-box", style);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
