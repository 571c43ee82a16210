package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Zip entries as tests compare them: name to content, in order. */
final class ZipEntries {
    private ZipEntries() {
    }

    static Map<String, byte[]> of(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** Every entry but card.json is there, in the same order, with the same content. */
    static void assertOthersEqual(byte[] before, byte[] after) throws IOException {
        Map<String, byte[]> a = of(before);
        Map<String, byte[]> b = of(after);
        assertThat(new ArrayList<>(b.keySet())).isEqualTo(new ArrayList<>(a.keySet()));
        List<String> names = new ArrayList<>(a.keySet());
        names.removeIf(n -> n.equalsIgnoreCase(Charx.CARD_JSON));
        for (String n : names) {
            assertThat(b.get(n)).as(n).isEqualTo(a.get(n));
        }
    }
}
