package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.dialogs.Dialogs;
import io.github.chargallery.gallery.model.Cleanup;
import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.library.dupes.DuplicateGroup;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Duplicates view, in place of the grid: every group with its cards side by side and what differs
 * between them, Keep this one / Keep newest / Not duplicates per group, the bulk "keep the newest" for
 * same-card groups, and a field-by-field comparison of two chosen cards.
 */
final class DuplicatesPane extends BorderPane {
    private final Cleanup cleanup;
    private final Thumbnails thumbnails;
    /** The two copies chosen for "Compare" (at most two; the oldest choice goes first). */
    final ObservableList<DuplicateGroup.Copy> chosen = FXCollections.observableArrayList();
    final ListView<DuplicateGroup> list;
    private final FilteredList<DuplicateGroup> shown;
    private final javafx.scene.control.ToggleGroup kinds;

    DuplicatesPane(Cleanup cleanup, Thumbnails thumbnails, Runnable back) {
        this.cleanup = cleanup;
        this.thumbnails = thumbnails;
        getStyleClass().add("duplicates-pane");
        getStylesheets().add(DuplicatesPane.class.getResource("duplicates.css").toExternalForm());

        Button backButton = new Button("Back to the gallery", new FontIcon(Material2AL.ARROW_BACK));
        backButton.setOnAction(e -> back.run());
        shown = new FilteredList<>(cleanup.groups());
        // one toggle per kind, with its count: the filter and a summary at once
        javafx.scene.control.ToggleGroup kinds = new javafx.scene.control.ToggleGroup();
        HBox kindBar = new HBox(0);
        kindBar.getStyleClass().add("kind-bar");
        for (DuplicateGroup.Kind k : new DuplicateGroup.Kind[] {null, DuplicateGroup.Kind.SAME_CARD,
                DuplicateGroup.Kind.SAME_CHARACTER, DuplicateGroup.Kind.SAME_PICTURE}) {
            javafx.scene.control.ToggleButton t = new javafx.scene.control.ToggleButton();
            t.setToggleGroup(kinds);
            t.setUserData(k);
            t.textProperty().bind(Bindings.createStringBinding(() -> shortTitle(k) + " ("
                    + cleanup.groups().stream().filter(g -> k == null || g.kind() == k).count() + ")", cleanup.groups()));
            t.getStyleClass().add(k == null ? Styles.LEFT_PILL : k == DuplicateGroup.Kind.SAME_PICTURE ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            t.setOnAction(e -> {
                if (!t.isSelected()) {
                    t.setSelected(true); // one kind is always chosen
                }
                shown.setPredicate(g -> k == null || g.kind() == k);
            });
            t.setSelected(k == null);
            kindBar.getChildren().add(t);
        }
        this.kinds = kinds;
        Button bulk = new Button("Keep newest of every same card…");
        bulk.setTooltip(new javafx.scene.control.Tooltip("In every same-card group, keep the newest file; the others"
                + " go to the trash (you are asked first, and can undo it)"));
        bulk.setOnAction(e -> confirmBulk());
        bulk.disableProperty().bind(Bindings.createBooleanBinding(() -> cleanup.groups().stream()
                .noneMatch(g -> g.kind() == DuplicateGroup.Kind.SAME_CARD), cleanup.groups()));
        Button compare = new Button("Compare 2 chosen");
        compare.setTooltip(new javafx.scene.control.Tooltip("Tick Compare on two cards, then see them field by field"));
        compare.disableProperty().bind(Bindings.size(chosen).lessThan(2));
        compare.setOnAction(e -> CompareDialog.show(getScene().getWindow(), cleanup, chosen.get(0), chosen.get(1)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, backButton, kindBar, spacer, compare, bulk);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("duplicates-bar");
        setTop(bar);

        list = new ListView<>(shown);
        list.getStyleClass().add("duplicate-groups");
        list.setCellFactory(v -> new GroupCell());
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(cleanup.computingProperty()).then("Looking for duplicates…")
                .otherwise("No duplicates found."));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        setCenter(list);
        cleanup.groups().addListener((javafx.collections.ListChangeListener<DuplicateGroup>) c ->
                chosen.removeIf(x -> cleanup.groups().stream().noneMatch(g -> g.copies().contains(x))));
    }

    private static String shortTitle(DuplicateGroup.Kind k) {
        return k == null ? "All" : switch (k) {
            case SAME_CARD -> "Same card";
            case SAME_CHARACTER -> "Versions";
            case SAME_PICTURE -> "Same picture";
        };
    }

    private void confirmBulk() {
        int files = cleanup.filesToTrashKeepingNewestOfEverySameCard();
        long groups = cleanup.groups().stream().filter(g -> g.kind() == DuplicateGroup.Kind.SAME_CARD).count();
        if (Dialogs.confirm(getScene().getWindow(), "Keep the newest copies",
                "Move " + Fmt.plural(files, "file", "files") + " to the trash?",
                Fmt.plural(files, "file goes", "files go") + " to the trash: the newest copy of each of "
                        + Fmt.plural(groups, "card", "cards") + " stays. You can undo it from the bar or from Recently trashed.")) {
            cleanup.keepNewestOfEverySameCard();
        }
    }

    /** One group: its header and its cards side by side. */
    private final class GroupCell extends ListCell<DuplicateGroup> {
        @Override
        protected void updateItem(DuplicateGroup g, boolean empty) {
            super.updateItem(g, empty);
            setText(null);
            if (empty || g == null) {
                setGraphic(null);
                return;
            }
            Label head = new Label(g.kind().title + " · " + Fmt.plural(g.copies().size(),
                    g.kind() == DuplicateGroup.Kind.SAME_CARD ? "file" : "card",
                    g.kind() == DuplicateGroup.Kind.SAME_CARD ? "files" : "cards"));
            head.getStyleClass().add("group-title");
            Label id = new Label(g.id());
            id.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Button newest = new Button("Keep newest");
            newest.setOnAction(e -> cleanup.keepNewest(g));
            Button not = new Button("Not duplicates");
            not.setOnAction(e -> cleanup.dismiss(g));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox header = new HBox(8, head, id, spacer, newest, not);
            header.setAlignment(Pos.CENTER_LEFT);
            HBox copies = new HBox(8);
            DuplicateGroup.Copy newestCopy = g.newest();
            for (int i = 0; i < g.copies().size(); i++) {
                copies.getChildren().add(new CopyBox(g, i, g.copies().get(i) == newestCopy, thumbnails, chosen,
                        () -> getItem() == g, c -> cleanup.keep(g, c)));
            }
            // a group of many copies widens its row; the list then scrolls sideways
            VBox box = new VBox(6, header, copies);
            box.getStyleClass().add("duplicate-group");
            box.setPadding(new Insets(6));
            setGraphic(box);
        }
    }

    /** The groups as shown (after the kind filter), for tests. */
    List<DuplicateGroup> shownGroups() {
        return List.copyOf(shown);
    }
}
