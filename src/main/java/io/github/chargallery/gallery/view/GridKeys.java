package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.library.CardSummary;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.controlsfx.control.GridView;

/**
 * The window's keys: Ctrl+F search, Ctrl+S save, F5 sync, Esc (clears the search, else the selection),
 * Ctrl+A selects every card shown, Enter opens the detail, Delete trashes the selection, arrows move it.
 * Keys a text field needs go to it while it is being typed in.
 */
final class GridKeys {
    private final GalleryModel model;
    private final GridView<CardSummary> grid;
    private final IntSupplier columns;

    private GridKeys(GalleryModel model, GridView<CardSummary> grid, IntSupplier columns) {
        this.model = model;
        this.grid = grid;
        this.columns = columns;
    }

    /** @param onGrid whether the grid is what the window shows (not the Duplicates view) */
    static void install(Region root, GalleryModel model, GridView<CardSummary> grid, TextField search,
            BooleanProperty detailOpen, BooleanSupplier onGrid, IntSupplier columns) {
        GridKeys keys = new GridKeys(model, grid, columns);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl t
                    && t.isEditable();
            if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                model.editor().save(); // wherever the focus is: the grid, a field, a tab
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                model.refresh();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                grid.requestFocus();
                e.consume();
            } else if (!typing && e.getCode() == KeyCode.ESCAPE && onGrid.getAsBoolean()) {
                model.selection().clear();
                e.consume();
            } else if (!typing && e.isShortcutDown() && e.getCode() == KeyCode.A && onGrid.getAsBoolean()) {
                model.selection().selectAll();
                e.consume();
            } else if (!typing && e.getCode() == KeyCode.ENTER) {
                if (model.selectedProperty().get() != null || model.selection().countProperty().get() > 1) {
                    detailOpen.set(true);
                }
                e.consume();
            } else if (!typing && e.getCode() == KeyCode.DELETE && onGrid.getAsBoolean()) {
                if (model.selection().countProperty().get() > 0) {
                    model.selectionActions().moveToTrash();
                } else if (model.selectedProperty().get() != null) {
                    model.cleanup().moveToTrash(List.of(model.selectedProperty().get()));
                }
                e.consume();
            } else if (!typing && e.getCode().isArrowKey()) {
                keys.moveSelection(e.getCode());
                e.consume();
            }
        });
    }

    /** Arrow keys move the selection through the grid (GridView has no selection model of its own). */
    void moveSelection(KeyCode key) {
        List<CardSummary> cards = model.cards();
        if (cards.isEmpty()) {
            return;
        }
        int cols = columns.getAsInt();
        int index = indexOfSelected();
        int next;
        if (index < 0) {
            next = 0;
        } else {
            next = switch (key) {
                case LEFT -> index - 1;
                case RIGHT -> index + 1;
                case UP -> index - cols;
                case DOWN -> index + cols;
                default -> index;
            };
            next = Math.max(0, Math.min(cards.size() - 1, next));
        }
        model.select(cards.get(next));
        if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(next / cols);
        }
    }

    private int indexOfSelected() {
        CardSummary sel = model.selectedProperty().get();
        if (sel == null) {
            return -1;
        }
        List<CardSummary> cards = model.cards();
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == sel.id()) {
                return i;
            }
        }
        return -1;
    }
}
