package io.github.chargallery.gallery.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class PulseExecutorTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aHeldExecutorKeepsItsWorkUntilReleasedThenRunsItInOrderOnTheFxThread() throws Exception {
        PulseExecutor held = PulseExecutor.held();
        List<String> ran = new CopyOnWriteArrayList<>();
        held.execute(() -> ran.add("first on " + (Platform.isFxApplicationThread() ? "fx" : "other")));
        held.execute(() -> ran.add("second"));

        // a pulse that runs another executor's work would have run the held work too, had it been queued
        CountDownLatch pulse = new CountDownLatch(2);
        PulseExecutor other = new PulseExecutor();
        other.execute(() -> other.execute(pulse::countDown));
        other.execute(pulse::countDown);
        assertThat(pulse.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).isEmpty();

        CountDownLatch done = new CountDownLatch(1);
        held.release();
        held.execute(done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("first on fx", "second");
    }
}
