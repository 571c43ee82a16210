package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardDraft;
import io.github.chargallery.gallery.model.CardEditorModel;
import io.github.chargallery.card.LorebookEntry;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The character book: its entries as a table (what decides when each is used), the selected entry's
 * fields and content below. Entries are added, removed and changed while editing; the fields the table
 * does not show stay in each entry as they were.
 */
final class LorebookTab extends Tab {
    private final CardEditorModel editor;
    private final ObservableList<LorebookEntry> rows = FXCollections.observableArrayList();
    private final TableView<LorebookEntry> table = new TableView<>(rows);
    private final LoreEntryForm form;
    private final Label count = new Label();

    LorebookTab(CardEditorModel editor) {
        super("Lorebook");
        this.editor = editor;
        setClosable(false);
        table.getStyleClass().addAll("lore-table", atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label("No lorebook entries"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("On", 40, e -> e.enabled() ? "✓" : ""));
        table.getColumns().add(column("Keys", 130, e -> String.join(", ", e.keys())));
        table.getColumns().add(column("Secondary keys", 110, e -> String.join(", ", e.secondaryKeys())));
        table.getColumns().add(column("Name / comment", 140, e -> e.name().isBlank() ? e.comment() : e.name()));
        table.getColumns().add(column("Order", 56, e -> Integer.toString(e.insertionOrder())));
        table.getColumns().add(column("Constant", 70, e -> e.constant() ? "✓" : ""));
        table.getColumns().add(column("Selective", 70, e -> e.selective() ? "✓" : ""));
        table.getColumns().add(column("Position", 90, LorebookEntry::position));
        form = new LoreEntryForm(editor);
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> form.showEntry(i.intValue()));

        Button add = new Button("Add entry", new FontIcon(Material2AL.ADD));
        add.setOnAction(e -> {
            editor.addLoreEntry();
            table.getSelectionModel().select(rows.size() - 1);
            table.scrollTo(rows.size() - 1);
        });
        Button remove = new Button("Remove entry", new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.setOnAction(e -> editor.removeLoreEntry(table.getSelectionModel().getSelectedIndex()));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox tools = new HBox(6, add, remove);
        tools.visibleProperty().bind(Fields.formEditable(editor));
        tools.managedProperty().bind(tools.visibleProperty());
        count.getStyleClass().add("detail-caption");
        HBox head = new HBox(10, count, tools);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, head, table);
        top.setPadding(new Insets(8, 12, 4, 12));
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(top, DetailScroll.of(form));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        split.getStyleClass().add("lore-split");
        setContent(split);
        editor.draftProperty().addListener((o, a, d) -> show(d));
        show(editor.draftProperty().get());
    }

    /** Replaces only the rows that changed, so the selection stays on the entry being edited. */
    private void show(CardDraft d) {
        List<LorebookEntry> now = d == null ? List.of() : d.lorebook();
        int selected = table.getSelectionModel().getSelectedIndex();
        if (now.size() != rows.size()) {
            rows.setAll(now);
        } else {
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).equals(rows.get(i))) {
                    rows.set(i, now.get(i));
                }
            }
        }
        if (selected >= 0 && selected < rows.size()) {
            if (table.getSelectionModel().getSelectedIndex() != selected) {
                table.getSelectionModel().select(selected);
            }
        } else if (selected >= rows.size() && !rows.isEmpty()) {
            table.getSelectionModel().select(rows.size() - 1);
        }
        form.showEntry(table.getSelectionModel().getSelectedIndex());
        int enabled = (int) now.stream().filter(LorebookEntry::enabled).count();
        count.setText(now.size() + (now.size() == 1 ? " entry" : " entries") + (now.isEmpty() ? "" : ", " + enabled + " enabled"));
    }

    private static TableColumn<LorebookEntry, String> column(String title, double width, Function<LorebookEntry, String> value) {
        TableColumn<LorebookEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    TableView<LorebookEntry> table() {
        return table;
    }
}
