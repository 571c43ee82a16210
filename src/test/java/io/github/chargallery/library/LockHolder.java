package io.github.chargallery.library;

import java.nio.file.Path;
import java.time.Duration;

/** Child-process main for tests: owns a data folder, says "locked", reports each show request, never exits by itself. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        SingleInstance.Claim claim = SingleInstance.claim(Path.of(args[0]), () -> {
            System.out.println("shown");
            return true;
        }, Duration.ZERO);
        System.out.println(claim.kind() == SingleInstance.Kind.OWNER ? "locked" : "not locked: " + claim.kind());
        // held until the test kills this process
        Thread.sleep(Long.MAX_VALUE);
    }
}
