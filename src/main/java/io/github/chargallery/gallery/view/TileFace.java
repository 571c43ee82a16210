package io.github.chargallery.gallery.view;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.SillyTavernCard;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * What a tile draws, as values: a tile redraws only when this changes, so a batch that gives a tile
 * the card it already shows costs it nothing. The picture compares by identity (the same loaded image).
 *
 * @param creator the line under the name, "" when the card names no creator
 * @param spec "V1", "V2" or "V3"; null when unknown
 * @param error the error badge's tooltip ("Unreadable: …"); null when the card reads fine
 * @param sillyTavern the "ST · N" badge; null when SillyTavern does not have the card
 * @param picture the thumbnail; null until it arrives (the initials show meanwhile)
 */
record TileFace(String name, String creator, String initials, String spec, boolean favorite, String error,
        boolean offline, String sillyTavern, String sillyTavernTip, Image picture) {
    static final String OFFLINE_TIP = "Offline: the folder holding this card is not reachable";

    static TileFace of(CardSummary c, Optional<SillyTavernCard> st, Image picture) {
        String creator = c.creator() == null || c.creator().isBlank() ? "" : "by " + c.creator();
        String stText = st.map(s -> s.chats() > 0 ? "ST · " + s.chats() : "ST").orElse(null);
        String stTip = st.map(s -> "In SillyTavern as " + s.file() + " · " + SillyTavernSection.chatsText(s)).orElse(null);
        return new TileFace(c.name(), creator, CardTile.initialsOf(c.name()), c.spec() == null ? null : c.spec().name(),
                c.favorite(), c.isError() ? "Unreadable: " + c.error() : null, c.offline(), stText, stTip, picture);
    }
}
