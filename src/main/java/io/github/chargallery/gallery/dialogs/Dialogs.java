package io.github.chargallery.gallery.dialogs;

import atlantafx.base.theme.Styles;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.LibraryRoot;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The small windows: library folders, unreadable files, import folder choice. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Asks OK or Cancel before something the user may regret; true for OK. */
    public static boolean confirm(Window owner, String title, String header, String text) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                text, ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(header);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    public static Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(owner);
        return Optional.ofNullable(dir).map(File::toPath);
    }

    public static void libraryFolders(Window owner, GalleryModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Library folders");
        ListView<LibraryRoot> list = new ListView<>(model.roots());
        list.setPrefSize(620, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LibraryRoot r, boolean empty) {
                super.updateItem(r, empty);
                String st = r == null ? null : model.sillyTavern().state().links().stream()
                        .filter(f -> f.characters().equals(r.path())).findFirst()
                        .map(f -> "   —   SillyTavern (" + f.user() + ", top level only)").orElse("");
                setText(empty || r == null ? null : r.path() + "   —   " + Fmt.plural(r.cardCount(), "card", "cards")
                        + (r.online() ? "   —   online" : "   —   OFFLINE (not reachable; its cards are kept)") + st);
                // the theme's colour for trouble; a dialog has no stylesheet of ours
                setStyle(r != null && !r.online() ? "-fx-text-fill: -color-danger-fg;" : null);
                setGraphic(st == null || st.isEmpty() ? null : sillyTavernBadge());
            }
        });
        list.setPlaceholder(new Label("No library folders yet."));
        Button add = new Button("Add folder…");
        add.setOnAction(e -> chooseFolder(dialog.getDialogPane().getScene().getWindow(), "Add a folder of character cards")
                .ifPresent(p -> model.addRoots(List.of(p))));
        Button remove = new Button("Remove from library");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeRoot(list.getSelectionModel().getSelectedItem().path()));
        Label hint = new Label("Removing a folder only forgets it here; its files stay on disk untouched.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(8, list, new HBox(8, add, remove), hint);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    /** The folder list's "ST" badge (inline style: a dialog has no stylesheet of ours). */
    private static Label sillyTavernBadge() {
        Label l = new Label("ST");
        l.setStyle("-fx-background-color: -color-accent-emphasis; -fx-text-fill: -color-fg-emphasis;"
                + " -fx-font-weight: bold; -fx-font-size: 0.8em; -fx-padding: 0 4 0 4; -fx-background-radius: 3;");
        return l;
    }

    public static void unreadable(Window owner, List<CardSummary> errors) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Unreadable files");
        TextArea text = new TextArea(errors.stream()
                .map(c -> (c.files().isEmpty() ? c.name() : FileNames.display(c.files().get(0))) + "\n    " + c.error())
                .collect(Collectors.joining("\n")));
        text.setEditable(false);
        text.setPrefSize(760, 360);
        Label head = new Label(Fmt.plural(errors.size(), "file could not be read", "files could not be read")
                + ". They stay listed (with a warning badge) until fixed or removed.");
        head.setWrapText(true);
        VBox box = new VBox(8, head, text);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    /** Asked once, the first time card files are dropped: which library folder receives imports. */
    public static Optional<Path> importFolder(Window owner, List<LibraryRoot> roots) {
        if (roots.isEmpty()) {
        return chooseFolder(owner, "Choose a folder to import dropped cards into");
        }
        List<Path> paths = roots.stream().map(LibraryRoot::path).toList();
        ChoiceDialog<Path> dialog = new ChoiceDialog<>(paths.get(0), paths);
        dialog.initOwner(owner);
        dialog.setTitle("Import folder");
        dialog.setHeaderText("Dropped cards are copied into one of your library folders.\n"
                + "Which one? (Asked once; existing files are never overwritten.)");
        return dialog.showAndWait();
    }
}
