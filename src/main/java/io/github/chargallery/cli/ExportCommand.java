package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.CardExport;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.EditRefusedException;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.Spec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code export FILE... --to png|json|charx [--spec v2|v3] --out DIR}: writes converted copies, never overwriting. */
final class ExportCommand {
    static final Command.Option TO = Command.Option.value("--to", "png|json|charx", "the format to write");
    static final Command.Option SPEC = Command.Option.value("--spec", "v2|v3",
            "the spec to write (default: the card's own, V1 as v2; CHARX is always v3)");
    static final Command.Option OUT = Command.Option.value("--out", "DIR", "the folder to write into (created if needed)");
    static final Command COMMAND = new Command("export", "FILE... --to png|json|charx --out DIR",
            "Writes each card as a PNG, JSON or CHARX card in DIR (\"Name.png\", \"Name (2).png\" if taken); the"
                    + " files themselves are not changed.",
            List.of(TO, SPEC, OUT, Command.JSON), ExportCommand::run);

    private ExportCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.isEmpty()) {
            throw new UsageException("export needs at least one card file");
        }
        if (a.value(TO.name()) == null || a.value(OUT.name()) == null) {
            throw new UsageException("export needs --to png|json|charx and --out DIR");
        }
        CardExport.To to = CardExport.To.of(a.value(TO.name())).orElseThrow(() ->
                new UsageException("--to takes png, json or charx, not \"" + a.value(TO.name()) + "\""));
        Spec spec = null;
        if (a.value(SPEC.name()) != null) {
            spec = switch (a.value(SPEC.name()).toLowerCase(java.util.Locale.ROOT)) {
                case "v2" -> Spec.V2;
                case "v3" -> Spec.V3;
                default -> throw new UsageException("--spec takes v2 or v3, not \"" + a.value(SPEC.name()) + "\"");
            };
            if (to == CardExport.To.CHARX && spec == Spec.V2) {
                throw new UsageException("a CHARX holds a V3 card: --spec v2 does not go with --to charx");
            }
        }
        Path dir = LibraryArgs.path(a.value(OUT.name()));
        boolean json = a.flag(Command.JSON.name());
        Instant now = Instant.now();
        List<ObjectNode> rows = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < a.words.size(); i++) {
            Path file = LibraryArgs.path(a, i);
            ObjectNode o = Json.object();
            o.put("path", FileNames.display(file));
            try {
                CardExport.Exported e = CardExport.export(file, to, spec, dir, now);
                o.put("ok", true);
                o.put("written", FileNames.display(e.written()));
                o.put("format", to.name().toLowerCase(java.util.Locale.ROOT));
                o.put("spec", e.spec().label());
                o.putNull("error");
                if (!json) {
                    out.println(FileNames.display(file) + " -> " + FileNames.display(e.written()) + " ("
                            + e.spec().label() + ")");
                }
            } catch (CardFormatException e) {
                failed = true;
                fail(o, e.reason(), file, err);
            } catch (EditRefusedException | IOException e) {
                failed = true;
                fail(o, e.getMessage(), file, err);
            }
            rows.add(o);
        }
        if (json) {
            Json.printLines(rows, out);
        }
        return failed ? 1 : 0;
    }

    private static void fail(ObjectNode o, String reason, Path file, PrintStream err) {
        o.put("ok", false);
        o.putNull("written");
        o.putNull("format");
        o.putNull("spec");
        o.put("error", reason);
        err.println(FileNames.display(file) + ": " + reason);
    }
}
