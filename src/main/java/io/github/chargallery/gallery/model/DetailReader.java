package io.github.chargallery.gallery.model;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the detail pane shows for the selected card: its row at once, the full card once read from
 * its file on the background thread. A newer row of the same file version (a favourite, a tag) keeps
 * the card already read.
 */
final class DetailReader {
    private final ReadOnlyObjectWrapper<CardDetail> detail = new ReadOnlyObjectWrapper<>();
    private final CardLibrary library;
    private final Jobs jobs;
    private final ReadOnlyObjectProperty<CardSummary> selected;

    DetailReader(CardLibrary library, Jobs jobs, ReadOnlyObjectProperty<CardSummary> selected) {
        this.library = library;
        this.jobs = jobs;
        this.selected = selected;
        selected.addListener((o, was, now) -> load(was, now));
    }

    ReadOnlyObjectProperty<CardDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    private void load(CardSummary was, CardSummary now) {
        if (now == null) {
            detail.set(null);
            return;
        }
        CardDetail current = detail.get();
        if (current != null && was != null && now.sameFileVersion(was) && current.card() != null) {
            detail.set(new CardDetail(now, current.card(), current.error()));
            return;
        }
        detail.set(new CardDetail(now, null, null));
        jobs.inBackground("read " + now.name(), () -> {
            CardDetail d;
            try {
                CardFile f = library.readCard(now.id());
                d = new CardDetail(now, f.card(), null);
            } catch (CardFormatException e) {
                d = new CardDetail(now, null, e.reason());
            } catch (RuntimeException e) {
                d = new CardDetail(now, null, "could not be read: " + Objects.requireNonNullElse(e.getMessage(), ""));
            }
            CardDetail result = d;
            jobs.onFx(() -> {
                CardSummary sel = selected.get();
                if (sel != null && sel.id() == now.id()) {
                    detail.set(new CardDetail(sel, result.card(), result.error()));
                }
            });
        });
    }
}
