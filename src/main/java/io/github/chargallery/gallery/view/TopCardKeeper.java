package io.github.chargallery.gallery.view;

import io.github.chargallery.library.CardSummary;
import org.controlsfx.control.GridView;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the user looking at the same cards while a batch changes the grid's list: remembers the card
 * at the top of the screen before the batch and scrolls back to it after.
 */
final class TopCardKeeper {
    private final GridView<CardSummary> grid;
    private final IntSupplier columns;
    private long topCardId = -1;
    private double topCardOffset;

    TopCardKeeper(GridView<CardSummary> grid, IntSupplier columns) {
        this.grid = grid;
        this.columns = columns;
    }

    /** The card at the start of the first row on screen, unless the grid is scrolled to its very top. */
    void remember() {
        topCardId = -1;
        if (!(grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getPosition() <= 0) {
            return;
        }
        var first = flow.getFirstVisibleCell();
        List<CardSummary> cards = grid.getItems();
        int index = first == null ? -1 : first.getIndex() * columns.getAsInt();
        if (index >= 0 && index < cards.size()) {
            topCardId = cards.get(index).id();
            topCardOffset = Math.max(0, -first.getLayoutY());
        }
    }

    /**
     * After a batch, scrolls back to the row now holding the card that was at the top, at the same
     * offset, so the user keeps looking at the same cards while a sync adds hundreds elsewhere.
     */
    void restore() {
        if (topCardId < 0 || !(grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        List<CardSummary> cards = grid.getItems();
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == topCardId) {
                // rows all have the fixed height, so the position follows from the row index
                double rowHeight = flow.getFixedCellSize();
                double scrollable = flow.getCellCount() * rowHeight - flow.getHeight();
                if (rowHeight > 0 && scrollable > 0) {
                    double offset = (i / columns.getAsInt()) * rowHeight + topCardOffset;
                    flow.setPosition(Math.min(1, offset / scrollable));
                }
                return;
            }
        }
    }
}
