package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardExport;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.Spec;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the card view's Export writes the card as another kind of file into the chosen folder. */
class ExportCardTest {
    @TempDir
    Path tmp;

    @Test
    void exportsAsPngJsonAndCharxAndSaysWhere() throws Exception {
        Path root = tmp.resolve("cards");
        EditorCards.write(root, "nell.json", "Nell");
        TestFiles.json(root, "other.json", "Other", "Bo");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        Path out = tmp.resolve("out");
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            h.robot.clickOn(h.tile("Nell"));
            h.await("read", () -> h.model.editor().draftProperty().get() != null);
            export(h, CardExport.To.PNG, Spec.V2, out, "Nell.png");
            export(h, CardExport.To.JSON, Spec.V3, out, "Nell.json");
            export(h, CardExport.To.CHARX, Spec.V3, out, "Nell.charx");
            export(h, CardExport.To.PNG, Spec.V3, out, "Nell (2).png");

            assertThat(CardReader.standard().read(out.resolve("Nell.png")).card().spec()).isEqualTo(Spec.V2);
            assertThat(CardReader.standard().read(out.resolve("Nell (2).png")).card().spec()).isEqualTo(Spec.V3);
            assertThat(CardReader.standard().read(out.resolve("Nell.charx")).card().alternateGreetings()).hasSize(2);
            assertThat(CardReader.standard().read(out.resolve("Nell.json")).card().name()).isEqualTo("Nell");
        }
    }

    private static void export(GalleryHarness h, CardExport.To to, Spec spec, Path out, String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> h.model.editor().export(to, spec, out)).get();
        h.await(name + " exported", () -> Files.exists(out.resolve(name)) && !h.model.editor().busyProperty().get());
        String said = WaitForAsyncUtils.asyncFx(() -> h.robot.lookup("#editor-message").queryAs(Labeled.class).getText()).get();
        assertThat(said).startsWith("Exported as ").contains(name);
    }
}
