package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The grid's selection: a set of card ids, the anchor a Shift+click extends from, and the lead card (the
 * last one clicked, whose detail and editor the detail pane shows when it is the only one). It lives on
 * the cards shown: it survives patches and sorting, and a card filtered out or removed leaves it, counted
 * in {@link #droppedProperty}. A command that takes the detail pane off a card with unsaved edits asks
 * first (the editor's leave question). One change event ({@link #changesProperty}) per command, however
 * many cards it selects, so the view repaints its tiles once. FX thread.
 */
public final class Selection {
    private final ObservableList<CardSummary> shown;
    private final ReadOnlyObjectWrapper<CardSummary> lead;
    private final Consumer<Runnable> leave;
    private final Set<Long> ids = new LinkedHashSet<>();
    private Long anchor;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper dropped = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ObservableList<CardSummary> all;

    /**
     * @param shown the cards the grid shows, in its order
     * @param all   every card, shown or not (a card gone from it was removed, not filtered out)
     * @param lead the card the detail pane shows (the gallery's selected card)
     * @param leave runs its argument once the user agreed to leave the card being edited (see
     *              {@link CardEditorModel#leave})
     */
    Selection(ObservableList<CardSummary> shown, ObservableList<CardSummary> all, ReadOnlyObjectWrapper<CardSummary> lead,
              Consumer<Runnable> leave) {
        this.shown = shown;
        this.all = all;
        this.lead = lead;
        this.leave = leave;
        shown.addListener((ListChangeListener<CardSummary>) this::shownChanged);
    }

    // ---- commands ----

    /** A plain click: this card alone (null: none). */
    public void click(CardSummary card) {
        if (card == null) {
            clear();
            return;
        }
        change(Set.of(card.id()), card, card.id());
    }

    /** Ctrl/Cmd+click: adds the card, or takes it out; it becomes the anchor. */
    public void toggle(CardSummary card) {
        Set<Long> next = new LinkedHashSet<>(ids);
        CardSummary newLead = card;
        if (!next.add(card.id())) {
            next.remove(card.id());
            newLead = lastShownOf(next);
        }
        change(next, newLead, card.id());
    }

    /**
     * Shift+click: the cards from the anchor to this one, in the grid's order; with {@code add}
     * (Ctrl+Shift) added to the selection, else in its place. Without an anchor on screen: a click.
     */
    public void extendTo(CardSummary card, boolean add) {
        int from = anchor == null ? -1 : indexOf(anchor);
        int to = indexOf(card.id());
        if (from < 0 || to < 0) {
            click(card);
            return;
        }
        Set<Long> next = add ? new LinkedHashSet<>(ids) : new LinkedHashSet<>();
        for (int i = Math.min(from, to); i <= Math.max(from, to); i++) {
            next.add(shown.get(i).id());
        }
        change(next, card, anchor);
    }

    /** Ctrl+A: every card shown. */
    public void selectAll() {
        if (shown.isEmpty()) {
            return;
        }
        Set<Long> next = new LinkedHashSet<>();
        shown.forEach(c -> next.add(c.id()));
        CardSummary now = lead.get();
        CardSummary newLead = now != null && next.contains(now.id()) ? now : shown.get(0);
        change(next, newLead, anchor != null && next.contains(anchor) ? anchor : newLead.id());
    }

    /** Esc: nothing selected. */
    public void clear() {
        change(Set.of(), null, null);
    }

    /**
     * Applies a selection. Asks first when the detail pane would leave its card: a different lead, or
     * more than one card (the pane then shows the selection's actions instead).
     */
    private void change(Set<Long> next, CardSummary newLead, Long newAnchor) {
        CardSummary now = lead.get();
        boolean sameCard = now != null && newLead != null && now.id() == newLead.id() && next.size() <= 1;
        Runnable apply = () -> {
            ids.clear();
            ids.addAll(next);
            anchor = newAnchor;
            dropped.set(0);
            lead.set(newLead);
            changed();
        };
        if (sameCard || now == null) {
            apply.run();
        } else {
            leave.accept(apply);
        }
    }

    /** Cards that left the grid (filtered out, removed) leave the selection; patches and sorting keep it. */
    private void shownChanged(ListChangeListener.Change<? extends CardSummary> c) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> left = new HashSet<>();
        Set<Long> came = new HashSet<>();
        while (c.next()) {
            if (c.wasPermutated()) {
                continue;
            }
            for (CardSummary r : c.getRemoved()) {
                if (ids.contains(r.id())) {
                    left.add(r.id());
                }
            }
            for (CardSummary a : c.getAddedSubList()) {
                came.add(a.id());
            }
        }
        left.removeAll(came);
        if (left.isEmpty()) {
            return;
        }
        ids.removeAll(left);
        if (anchor != null && left.contains(anchor)) {
            anchor = null;
        }
        // only what a filter hides is counted: a card the user trashed (or a scan found gone) is no news
        Set<Long> hidden = new HashSet<>();
        for (CardSummary card : all) {
            if (left.contains(card.id())) {
                hidden.add(card.id());
            }
        }
        dropped.set(dropped.get() + hidden.size());
        changed();
    }

    private void changed() {
        count.set(ids.size());
        changes.set(changes.get() + 1);
        int n = ids.size();
        int d = dropped.get();
        String selected = n == 0 ? "" : Fmt.plural(n, "card", "cards") + " selected";
        String gone = d == 0 ? "" : Fmt.plural(d, "selected card", "selected cards") + " no longer shown, deselected";
        text.set(selected.isEmpty() ? gone : gone.isEmpty() ? selected : selected + " · " + gone);
    }

    // ---- queries ----

    public boolean contains(long cardId) {
        return ids.contains(cardId);
    }

    /** The selected ids, in the order they were selected. */
    public Set<Long> ids() {
        return Set.copyOf(ids);
    }

    /** The selected cards as the grid shows them, in its order. */
    public List<CardSummary> cards() {
        List<CardSummary> out = new ArrayList<>(ids.size());
        for (CardSummary c : shown) {
            if (ids.contains(c.id())) {
                out.add(c);
            }
        }
        return out;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** How many selected cards left the grid (a filter, a removal) since the user last chose. */
    public ReadOnlyIntegerProperty droppedProperty() {
        return dropped.getReadOnlyProperty();
    }

    /** Moves on every change of the selection: one event per command. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** "3 cards selected", with how many left it when some did; empty when none is selected. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    private int indexOf(long id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private CardSummary lastShownOf(Set<Long> chosen) {
        CardSummary last = null;
        for (CardSummary c : shown) {
            if (chosen.contains(c.id())) {
                last = c;
            }
        }
        return last;
    }
}
