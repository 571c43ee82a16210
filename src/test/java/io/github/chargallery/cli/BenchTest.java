package io.github.chargallery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.chargallery.cli.bench.Bench;
import io.github.chargallery.cli.bench.BenchFiles;
import io.github.chargallery.cli.bench.LibraryGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.testing.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's counters on a small library (no timing is asserted). */
class BenchTest {
    @TempDir
    Path tmp;

    private Path library(int cards) throws Exception {
        Path dir = tmp.resolve("lib");
        LibraryGenerator.generate(dir, cards, 7, 2);
        // Written an hour ago, so no file is "racy" and every open is accounted for by a change.
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        return dir;
    }

    @Test
    @SuppressWarnings("unchecked")
    void countersOfEveryStep() throws Exception {
        Path dir = library(300);
        Bench bench = new Bench(new Bench.Options(300, dir, 2, 2, 1, false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        bench.run();

        Map<String, Object> f = bench.figures;
        assertThat(f.get("library")).isEqualTo("reused");
        assertThat(f.get("files")).isEqualTo(300);
        int added = (Integer) f.get("index_cold_added");
        int errors = (Integer) f.get("index_cold_errors");
        assertThat(added + errors).isEqualTo(300);
        assertThat(errors).isEqualTo(300 - (Integer) f.get("parse_readable")).isPositive();
        assertThat(f.get("rows")).isEqualTo(300);
        assertThat(f.get("rescan_nochange_opened")).isEqualTo(List.of(0, 0));
        // A freshly opened index reads its rows again but still opens no file.
        assertThat(f.get("rescan_first_after_open_opened")).isEqualTo(List.of(0, 0));
        assertThat(bench.steps.get("rescan_first_after_open_ms").runs()).hasSize(2);
        assertThat((Integer) f.get("thumbnails_made")).isPositive().isLessThanOrEqualTo(300);
        assertThat((Double) f.get("index_kb_per_card")).isPositive();

        Map<String, Integer> c = (Map<String, Integer>) f.get("rescan_changed");
        assertThat(c.get("touched")).isEqualTo(3);
        assertThat(c.get("deleted")).isEqualTo(3);
        assertThat(c.get("edited")).isEqualTo(3);
        assertThat(c.get("added")).isEqualTo(3);
        assertThat(c.get("racy")).isZero();
        assertThat(c.get("opened")).isEqualTo(c.get("touched") + c.get("edited") + c.get("added"));
        assertThat(c.get("patch_added")).isEqualTo(c.get("added"));
        assertThat(c.get("patch_removed")).isEqualTo(c.get("deleted"));
        assertThat(c.get("patch_updated")).isEqualTo(c.get("edited") + c.get("touched"));
        assertThat(c.get("report_added")).isEqualTo(c.get("added"));
        assertThat(c.get("report_updated")).isEqualTo(c.get("edited"));
        assertThat(c.get("report_removed")).isEqualTo(c.get("deleted"));
        // The changes are undone after each run, so every run sees the same work.
        assertThat(f.get("rescan_changed_opened_runs")).isEqualTo(List.of(9, 9));
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("bench-added-")).count()).isZero();
        }
        assertThat(BenchFiles.cardFiles(dir)).hasSize(300);

        assertThat(f.get("search_queries")).isEqualTo(100);
        assertThat(bench.steps).containsKeys("stat_walk_ms", "parse_all_1thread_ms", "parse_all_pool_ms",
                "index_cold_ms", "load_from_index_ms", "rescan_nochange_ms", "rescan_changed_ms");
        assertThat(bench.steps.values()).allSatisfy(s -> assertThat(s.runs()).hasSize(2));
        assertThat(f).containsKeys("ratio_rescan_nochange_over_stat_walk",
                "ratio_parse_all_1thread_over_load_from_index", "heap_used_after_load_mb");
    }

    @Test
    void jsonHoldsEveryStepAndFigure() throws Exception {
        Bench bench = new Bench(new Bench.Options(40, library(40), 2, 1, 1, false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        bench.run();

        JsonNode json = new ObjectMapper().readTree(BenchCommand.toJson(bench));

        assertThat(json.path("steps").path("index_cold_ms").path("runs")).hasSize(1);
        assertThat(json.path("steps").path("rescan_nochange_ms").has("median")).isTrue();
        assertThat(json.path("figures").path("rescan_changed").path("opened").isInt()).isTrue();
        assertThat(json.path("figures").path("search_p95_ms").isNumber()).isTrue();
        assertThat(json.path("figures").path("filter_p95_ms").isNumber()).isTrue();
        assertThat(json.path("figures").path("filter_combinations").asInt()).isEqualTo(60);
    }

    @Test
    void theIndexAndSearchGiveTheirCpu() throws Exception {
        Bench bench = new Bench(new Bench.Options(40, library(40), 2, 2, 1, false, null, Set.of("index", "search")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        bench.run();

        assertThat(bench.steps).containsKey("index_cold_ms").doesNotContainKeys("rescan_nochange_ms", "load_from_index_ms");
        assertThat(bench.steps.get("index_cold_ms").runs()).hasSize(2);
        assertThat((Integer) bench.figures.get("index_cold_added") + (Integer) bench.figures.get("index_cold_errors"))
                .isEqualTo(40);
        // CPU per run: the writer's (this thread) is part of the process's.
        @SuppressWarnings("unchecked")
        List<Double> writer = (List<Double>) bench.figures.get("index_cold_writer_cpu_ms");
        @SuppressWarnings("unchecked")
        List<Double> process = (List<Double>) bench.figures.get("index_cold_process_cpu_ms");
        assertThat(writer).hasSize(2);
        assertThat(process).hasSize(2);
        assertThat(bench.figures.get("search_queries")).isEqualTo(100);
        assertThat((List<?>) bench.figures.get("search_slowest")).hasSize(5);
        assertThat((Double) bench.figures.get("search_cpu_p95_ms")).isNotNegative();
        assertThat(bench.figures).doesNotContainKeys("rescan_nochange_opened", "rows", "thumbnails_made");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        CliRun cli = new CliRun(List.of("bench"), List.of());
        assertThat(cli.run("--cards", "-3")).isEqualTo(2);
        assertThat(cli.err()).contains("--cards must be at least 1").contains("Usage: character-gallery bench");
        assertThat(cli.run("--cards")).isEqualTo(2);
        assertThat(cli.err()).contains("--cards needs a value");
        assertThat(cli.run("--frob")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: --frob");
    }
}
