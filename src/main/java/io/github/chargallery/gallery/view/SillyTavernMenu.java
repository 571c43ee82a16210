package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.dialogs.Dialogs;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.library.SillyTavernFolder;
import io.github.chargallery.library.SillyTavernState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/**
 * The View menu's SillyTavern submenu: Link SillyTavern… (its user data folder, data/&lt;user&gt;), and per linked
 * folder what it holds and Unlink. Also the one-time offer when an install is found at a common place.
 */
final class SillyTavernMenu {
    private SillyTavernMenu() {
    }

    /** A "SillyTavern" submenu (for the View menu: a toolbar button of its own would push it into the overflow). */
    static Menu of(GalleryModel model, Supplier<Window> owner) {
        Menu menu = new Menu("SillyTavern");
        menu.getStyleClass().add("sillytavern-menu");
        MenuItem link = new MenuItem("Link SillyTavern…");
        link.setOnAction(e -> chooseAndLink(model, owner.get(), List.of()));
        menu.getItems().add(link);
        model.sillyTavern().stateProperty().addListener((o, a, st) -> fill(menu, link, model, st));
        fill(menu, link, model, model.sillyTavern().state());
        return menu;
    }

    private static void fill(Menu menu, MenuItem link, GalleryModel model, SillyTavernState st) {
        menu.getItems().setAll(link);
        for (SillyTavernFolder f : st.links()) {
            MenuItem about = new MenuItem(st.links().size() == 1 ? f.user() + ": " + st.filesThere()
                    + " cards there, " + st.matchedInArchive() + " also in the archive, " + st.chats() + " chats"
                    : f.user() + " (" + f.userDir() + ")");
            about.setDisable(true);
            MenuItem unlink = new MenuItem("Unlink " + f.user() + " (its files stay)");
            unlink.setOnAction(e -> model.sillyTavern().unlink(f));
            menu.getItems().addAll(new SeparatorMenuItem(), about, unlink);
        }
        st.problems().forEach(p -> {
            MenuItem problem = new MenuItem(p);
            problem.setDisable(true);
            menu.getItems().add(problem);
        });
    }

    /** Asks for SillyTavern's user folder, starting where one was found, and links it. */
    static void chooseAndLink(GalleryModel model, Window owner, List<Path> found) {
        Optional<Path> picked = found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        if (found.size() > 1) {
            ChoiceDialog<Path> choose = new ChoiceDialog<>(found.get(0), found);
            choose.initOwner(owner);
            choose.setTitle("Link SillyTavern");
            choose.setHeaderText("Which SillyTavern user?");
            picked = choose.showAndWait();
        } else if (found.isEmpty()) {
            picked = Dialogs.chooseFolder(owner, "SillyTavern's user data folder (SillyTavern/data/default-user)");
        }
        picked.ifPresent(model.sillyTavern()::link);
    }

    /** {@link #offer} once the model has read the index (its folders are known then). */
    static void offerWhenLoaded(GalleryModel model, Supplier<Window> owner) {
        if (model.loadedProperty().get()) {
            offer(model, owner);
            return;
        }
        model.loadedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean b) {
                if (b) {
                    o.removeListener(this);
                    offer(model, owner);
                }
            }
        });
    }

    /** Once, at start: SillyTavern was found at a common place and none is linked; offer to link it. */
    static void offer(GalleryModel model, Supplier<Window> owner) {
        // the answer comes on a pulse, where no dialog may wait: ask just after it
        model.sillyTavern().offerOnFirstStart(model.roots().stream().map(r -> r.path()).toList(), found -> {
            javafx.application.Platform.runLater(() -> ask(model, owner, found));
            return Optional.empty();
        });
    }

    private static void ask(GalleryModel model, Supplier<Window> owner, List<Path> found) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner.get());
        ask.setTitle("SillyTavern found");
        ask.setHeaderText("Link SillyTavern?");
        ask.setContentText("SillyTavern keeps its characters in " + found.get(0) + (found.size() > 1 ? " (and "
                + (found.size() - 1) + " more)" : "") + ". Linked, its cards show an ST badge with their chats and"
                + " tags, and Send to SillyTavern copies cards there (never overwriting). Asked once; the"
                + " SillyTavern menu links it later.");
        ask.getButtonTypes().setAll(ButtonType.YES, ButtonType.NO);
        if (ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent()) {
            chooseAndLink(model, owner.get(), found);
        }
    }
}
