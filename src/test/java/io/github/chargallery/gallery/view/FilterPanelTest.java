package io.github.chargallery.gallery.view;

import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import static org.assertj.core.api.Assertions.assertThat;

/** The filter controls are made when the Filters pane first opens, and then show the query as it is. */
class FilterPanelTest {
    @TempDir
    Path tmp;

    @Test
    void controlsMadeOnOpenShowTheQueryAndChangeIt() throws Exception {
        Path root = tmp.resolve("cards");
        TestFiles.json(root, "a.json", "Ada", "Ann", "elf");
        TestFiles.json(root, "b.json", "Bea", "Bo");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            assertThat(h.robot.lookup(".filter-pane .date-picker").queryAll()).as("closed: no controls yet").isEmpty();
            // a query set before the pane opens, as a smart collection shown or a chip removed would
            WaitForAsyncUtils.asyncFx(() -> h.model.filters().setQuery(h.model.filters().queryProperty().get()
                    .withSpecs(Set.of(Spec.V2)).withNoUserTags(true))).get();

            TitledPane pane = h.robot.lookup(".filter-pane").queryAs(TitledPane.class);
            h.robot.clickOn(pane.lookup(".title"));
            h.await("the controls", () -> pane.getContent() != null);
            ToggleButton v2 = h.robot.lookup(".filter-pane .toggle-button").match(LabeledMatchers.hasText("V2"))
                    .queryAs(ToggleButton.class);
            CheckBox noTags = h.robot.lookup(".filter-pane .check-box").match(LabeledMatchers.hasText("No user tags"))
                    .queryAs(CheckBox.class);
            assertThat(v2.isSelected()).isTrue();
            assertThat(noTags.isSelected()).isTrue();

            CheckBox noCollection = h.robot.lookup(".filter-pane .check-box")
                    .match(LabeledMatchers.hasText("In no collection")).queryAs(CheckBox.class);
            WaitForAsyncUtils.asyncFx(noCollection::fire).get(); // below the pane's fold: what a click does
            h.await("the query takes the box", () -> h.model.filters().queryProperty().get().noCollection());
            CardQuery q = h.model.filters().queryProperty().get();
            assertThat(q.specs()).containsExactly(Spec.V2);
            assertThat(q.noUserTags()).isTrue();
        }
    }
}
