package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.TokenCounter;
import io.github.chargallery.gallery.model.CardDetail;
import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.library.CardSummary;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The selected card in full: picture, fields, tags (card and user), files, and why it is unreadable if it is. */
final class DetailPane extends BorderPane {
    static final double IMAGE_WIDTH = 240;

    private final GalleryModel model;
    private final Thumbnails thumbnails;
    private final Consumer<Path> openFolder;
    private final VBox content = new VBox(8);
    private final ImageView image = new ImageView();
    private final ToggleButton favorite = new ToggleButton();
    private final Label title = new Label();
    private final TextField newTag = new TextField();
    private CardSummary shown;

    DetailPane(GalleryModel model, Thumbnails thumbnails, Consumer<Path> openFolder, Runnable close) {
        this.model = model;
        this.thumbnails = thumbnails;
        this.openFolder = openFolder;
        getStyleClass().add("detail-pane");
        image.setPreserveRatio(true);
        image.setFitWidth(IMAGE_WIDTH);
        image.setFitHeight(IMAGE_WIDTH * Thumbnails.PICTURE_RATIO);
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        FontIcon star = new FontIcon(Material2MZ.STAR_BORDER);
        star.getStyleClass().add("detail-star");
        favorite.setGraphic(star);
        favorite.selectedProperty().addListener((o, a, on) -> star.setIconCode(on ? Material2MZ.STAR : Material2MZ.STAR_BORDER));
        favorite.setTooltip(new Tooltip("Favourite"));
        favorite.getStyleClass().add("detail-favorite");
        favorite.setOnAction(e -> {
            if (shown != null) {
                model.setFavorite(shown, favorite.isSelected());
            }
        });
        Button closeButton = new Button(null, new FontIcon(Material2AL.CLOSE));
        closeButton.setTooltip(new Tooltip("Close details (the selection stays)"));
        closeButton.setOnAction(e -> close.run());
        closeButton.getStyleClass().add("detail-close");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button trash = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        trash.setTooltip(new Tooltip("Move to trash (Delete; undo from the bar)"));
        trash.getStyleClass().add("detail-trash");
        trash.setOnAction(e -> model.cleanup().moveToTrash(shown == null ? java.util.List.of() : java.util.List.of(shown)));
        HBox head = new HBox(6, favorite, title, spacer, trash, closeButton);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(8, 10, 4, 10));
        setTop(head);
        newTag.setPromptText("Add a tag, then Enter");
        newTag.setOnAction(e -> {
            if (shown != null && !newTag.getText().isBlank()) {
                model.addUserTag(shown, newTag.getText());
                newTag.clear();
            }
        });
        content.setPadding(new Insets(4, 12, 12, 12));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        setPrefWidth(380);
        setMinWidth(280);
        model.detailProperty().addListener((o, a, b) -> show(b));
        model.sillyTavern().stateProperty().addListener((o, a, b) -> show(model.detailProperty().get()));
    }

    private void show(CardDetail d) {
        if (d == null) {
            shown = null;
            content.getChildren().clear();
            return;
        }
        CardSummary s = d.summary();
        boolean sameCard = shown != null && shown.sameFileVersion(s);
        shown = s;
        title.setText(s.name());
        favorite.setSelected(s.favorite());
        if (!sameCard) {
            loadImage(s);
        }
        content.getChildren().clear();
        VBox.setMargin(image, new Insets(0, 0, 4, 0));
        HBox picture = new HBox(image);
        picture.setAlignment(Pos.CENTER);
        content.getChildren().add(picture);
        if (s.isError() || d.error() != null) {
            FontIcon warning = new FontIcon(Material2MZ.WARNING);
            warning.getStyleClass().add("detail-warning");
            Label err = new Label("Unreadable: " + (s.isError() ? s.error() : d.error()), warning);
            err.setWrapText(true);
            err.getStyleClass().add("detail-error");
            content.getChildren().add(err);
        }
        Card c = d.card();
        content.getChildren().add(line("Name", s.name()));
        if (c != null && c.nickname() != null && !c.nickname().isBlank()) {
            content.getChildren().add(line("Nickname", c.nickname()));
        }
        content.getChildren().add(line("Creator", s.creator()));
        String version = c == null ? "" : c.characterVersion();
        content.getChildren().add(line("Version / spec",
                (version == null || version.isBlank() ? "—" : version) + "  ·  " + (s.spec() == null ? "unknown" : s.spec().label())));
        content.getChildren().add(caption("Card tags"));
        content.getChildren().add(chips(s.tags().stream().map(t -> chip(t, "card-tag", null)).toList()));
        content.getChildren().add(caption("Your tags"));
        content.getChildren().add(chips(s.userTags().stream()
                .map(t -> chip(t, "user-tag", () -> model.removeUserTag(shown, t))).toList()));
        content.getChildren().add(newTag);
        SillyTavernSection.of(model, s).ifPresent(content.getChildren()::add);
        if (c != null) {
            content.getChildren().add(line("Alternate greetings / lorebook entries",
                    Fmt.count(c.alternateGreetings().size()) + "  ·  " + Fmt.count(c.lorebookEntries())));
            content.getChildren().add(line("Tokens: permanent / first message", tokens(s)));
            content.getChildren().add(area("Creator notes", c.creatorNotes()));
            content.getChildren().add(area("Description", c.description()));
            content.getChildren().add(area("First message", c.firstMessage()));
        } else if (d.error() == null && !s.isError()) {
            content.getChildren().add(new Label("Reading the card…"));
        }
        content.getChildren().add(caption("Files"));
        for (Path f : s.files()) {
            TextField path = readOnly(FileNames.display(f));
            Button open = new Button("Open folder");
            open.setOnAction(e -> openFolder.accept(f.getParent()));
            Button copy = new Button("Copy path");
            copy.setOnAction(e -> {
                ClipboardContent cc = new ClipboardContent();
                cc.putString(f.toString());
                Clipboard.getSystemClipboard().setContent(cc);
            });
            content.getChildren().addAll(path, new HBox(6, open, copy));
        }
        content.getChildren().add(line("Size / modified / added",
                Fmt.bytes(s.size()) + "  ·  " + Fmt.date(s.fileModified()) + "  ·  " + Fmt.date(s.addedAt())));
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

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-caption");
        return l;
    }

    /** E.g. "1,089 / 312 tokens (cl100k)": the tokenizer is named, as other models count differently. */
    static String tokens(CardSummary s) {
        if (s.permanentTokens() == CardSummary.NOT_COUNTED) {
            return "counted at the next scan"; // a row from an index made before counts existed
        }
        return Fmt.count(s.permanentTokens()) + " / " + Fmt.count(s.firstMessageTokens()) + " tokens ("
                + TokenCounter.NAME + ")";
    }

    private static Node line(String label, String value) {
        return new VBox(1, caption(label), readOnly(value == null || value.isBlank() ? "—" : value));
    }

    private static TextField readOnly(String text) {
        TextField f = new TextField(text);
        f.setEditable(false);
        f.getStyleClass().add("detail-value");
        return f;
    }

    private static Node area(String label, String text) {
        String t = text == null || text.isBlank() ? "—" : text;
        TextArea a = new TextArea(t);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(Math.max(2, Math.min(10, t.length() / 40 + 1)));
        a.getStyleClass().add("detail-text");
        return new VBox(1, caption(label), a);
    }

    private static FlowPane chips(java.util.List<Node> nodes) {
        FlowPane p = new FlowPane(4, 4);
        if (nodes.isEmpty()) {
            Label none = new Label("none");
            none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            p.getChildren().add(none);
        } else {
            p.getChildren().addAll(nodes);
        }
        return p;
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

    CardSummary shown() {
        return shown;
    }
}
