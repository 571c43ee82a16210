package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.dialogs.Dialogs;
import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.SillyTavernCard;
import io.github.chargallery.library.SillyTavernState;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What the detail pane and the tile menu show of SillyTavern: "In SillyTavern as NAME.png", its chats and
 * tags, and the actions (send, remove, adopt its tags). Shown only while a SillyTavern folder is linked.
 */
final class SillyTavernSection {
    private SillyTavernSection() {
    }

    /** The detail pane's part for this card, or empty when no SillyTavern folder is linked. */
    static Optional<Node> of(GalleryModel model, CardSummary card) {
        SillyTavernState state = model.sillyTavern().state();
        if (!state.linked() || card.isError()) {
            return Optional.empty();
        }
        VBox box = new VBox(4);
        box.getStyleClass().add("detail-sillytavern");
        Optional<SillyTavernCard> st = state.of(card.id());
        if (st.isEmpty()) {
            Button send = new Button("Send to SillyTavern");
            send.setOnAction(e -> model.sillyTavern().send(card));
            Label hint = new Label("Not in SillyTavern. A copy goes into its characters folder; nothing there is"
                    + " overwritten.");
            hint.setWrapText(true);
            hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getChildren().addAll(send, hint);
            return Optional.of(box);
        }
        SillyTavernCard c = st.get();
        Label where = new Label("In SillyTavern as " + c.file());
        where.getStyleClass().add("detail-st");
        where.setWrapText(true);
        Label chats = new Label(chatsText(c));
        chats.getStyleClass().add(Styles.TEXT_SMALL);
        Label caption = new Label("SillyTavern tags");
        caption.getStyleClass().add("detail-caption");
        FlowPane tags = new FlowPane(4, 4);
        c.tags().forEach(t -> {
            Label chip = new Label(t);
            chip.getStyleClass().addAll("chip", "st-tag");
            tags.getChildren().add(chip);
        });
        if (c.tags().isEmpty()) {
            Label none = new Label("none");
            none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            tags.getChildren().add(none);
        }
        Button adopt = new Button("Adopt as my tags");
        adopt.setDisable(c.tags().isEmpty());
        adopt.setOnAction(e -> model.sillyTavern().adoptTags(card));
        Button remove = new Button("Remove from SillyTavern…");
        remove.setOnAction(e -> confirmRemove(remove.getScene().getWindow(), model, card));
        FlowPane actions = new FlowPane(6, 6, adopt, remove); // wraps in a narrow pane instead of cutting the words
        box.getChildren().addAll(where, chats, caption, tags, actions);
        return Optional.of(box);
    }

    static String chatsText(SillyTavernCard c) {
        if (c.chats() == 0) {
            return "No chats yet";
        }
        return Fmt.plural(c.chats(), "chat", "chats") + " · last " + Fmt.date(c.lastChatMillis());
    }

    /** Adds the SillyTavern item (send, or remove when it is there) to a tile's menu as it opens. */
    static javafx.scene.control.ContextMenu withItems(javafx.scene.control.ContextMenu menu, CardTile tile,
                                                       GalleryModel model) {
        List<MenuItem> own = List.copyOf(menu.getItems());
        menu.setOnShowing(e -> {
            menu.getItems().setAll(own);
            CardSummary c = tile.getItem();
            if (c != null) {
                menu.getItems().addAll(menuItems(tile.getScene().getWindow(), model, c));
            }
        });
        return menu;
    }

    /** The tile menu's SillyTavern item: send, or remove when it is there; none when nothing is linked. */
    static List<MenuItem> menuItems(Window owner, GalleryModel model, CardSummary card) {
        SillyTavernState state = model.sillyTavern().state();
        if (!state.linked() || card.isError()) {
            return List.of();
        }
        if (state.of(card.id()).isPresent()) {
            MenuItem remove = new MenuItem("Remove from SillyTavern…");
            remove.setOnAction(e -> confirmRemove(owner, model, card));
            return List.of(remove);
        }
        MenuItem send = new MenuItem("Send to SillyTavern");
        send.setOnAction(e -> model.sillyTavern().send(card));
        return List.of(send);
    }

    /** Says how many chats SillyTavern has with the card, then moves its copy to the trash when confirmed. */
    static void confirmRemove(Window owner, GalleryModel model, CardSummary card) {
        // the copies come on a pulse, where no dialog may wait: ask just after it
        model.sillyTavern().copies(card, copies -> javafx.application.Platform.runLater(() -> {
            if (copies.isEmpty()) {
                return;
            }
            int chats = copies.stream().mapToInt(c -> c.chats().count()).sum();
            String files = String.join(", ", copies.stream().map(c -> c.file().getFileName().toString()).toList());
            if (Dialogs.confirm(owner, "Remove from SillyTavern", "Remove “" + card.name() + "” from SillyTavern?",
                    files + " goes to the trash. SillyTavern has " + Fmt.plural(chats, "chat", "chats")
                    + " with it; " + (chats == 1 ? "it stays" : "they stay") + " in its chats folder (sending the card"
                    + " again under the same name finds them). The archive's copy stays.")) {
                model.sillyTavern().remove(card);
            }
        }));
    }
}
