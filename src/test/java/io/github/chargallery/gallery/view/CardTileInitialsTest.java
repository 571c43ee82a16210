package io.github.chargallery.gallery.view;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The letters a tile shows while a card has no picture. */
class CardTileInitialsTest {
    @Test
    void marksBetweenWordsAreSkipped() {
        assertThat(CardTile.initialsOf("Amanda || Blunt")).isEqualTo("AB");
        assertThat(CardTile.initialsOf("Dr. 'Bones' McCoy")).isEqualTo("DB");
        assertThat(CardTile.initialsOf("#1 fan")).isEqualTo("F");
    }

    @Test
    void lettersOfAnyScriptUpperCased() {
        assertThat(CardTile.initialsOf("  zoë  ")).isEqualTo("Z");
        assertThat(CardTile.initialsOf("élise ñoño")).isEqualTo("ÉÑ");
        assertThat(CardTile.initialsOf("初音 ミク")).isEqualTo("初ミ");
        assertThat(CardTile.initialsOf("𝔄lpha 𝔅eta")).isEqualTo("𝔄𝔅");
    }

    @Test
    void aNameWithoutLettersShowsAQuestionMark() {
        assertThat(CardTile.initialsOf("|| !!")).isEqualTo("?");
        assertThat(CardTile.initialsOf("")).isEqualTo("?");
        assertThat(CardTile.initialsOf(null)).isEqualTo("?");
    }
}
