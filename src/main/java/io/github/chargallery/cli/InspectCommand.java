package io.github.chargallery.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.TokenCounter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** {@code inspect FILE... [--json]}: reads each card file and reports its facts, warnings or error. */
final class InspectCommand {
    static final Command COMMAND = new Command("inspect", "FILE...",
            "Reads card files (PNG, JSON, CHARX) and prints spec, name, creator, tags and warnings, or why not.",
            List.of(Command.JSON), InspectCommand::run);

    private InspectCommand() {
    }

    /** What inspect says about one file; exactly one of card/error is set. */
    record Result(String path, CardFile file, String error) {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        boolean json = a.flag(Command.JSON.name());
        List<String> paths = a.words;
        if (paths.isEmpty()) {
            throw new UsageException("inspect needs at least one card file");
        }
        CardReader reader = CardReader.standard();
        // Files are independent; an ordered parallel map keeps the argument order in the output.
        List<Result> results = IntStream.range(0, paths.size()).parallel()
                .mapToObj(i -> inspect(reader, paths.get(i), () -> a.wordPath(i))).toList();
        if (json) {
            printJson(results, out);
        } else {
            results.forEach(r -> printText(r, out));
        }
        return results.stream().allMatch(r -> r.error() == null) ? 0 : 1;
    }

    /** The path as given, except that bytes of a name that are not UTF-8 show as \\xFF (see {@link FileNames}). */
    static Result inspect(CardReader reader, String arg, Supplier<Path> file) {
        String path = arg;
        try {
            Path p = file.get();
            path = FileNames.display(p);
            return new Result(path, reader.read(p), null);
        } catch (CardFormatException e) {
            return new Result(path, null, e.reason());
        } catch (InvalidPathException e) {
            return new Result(path, null, "invalid path: " + e.getReason());
        } catch (RuntimeException e) {
            // A reader bug must not hide the other files' results.
            return new Result(path, null, "unexpected error: " + e);
        }
    }

    private static void printText(Result r, PrintStream out) {
        StringBuilder sb = new StringBuilder(r.path()).append('\n');
        if (r.file() == null) {
            sb.append("  error: ").append(r.error()).append('\n');
        } else {
            Card c = r.file().card();
            sb.append("  spec: ").append(c.spec().label()).append('\n');
            sb.append("  name: ").append(c.name()).append('\n');
            sb.append("  creator: ").append(c.creator()).append('\n');
            sb.append("  tags: ").append(String.join(", ", c.tags())).append('\n');
            r.file().warnings().forEach(w -> sb.append("  warning: ").append(w).append('\n'));
        }
        // UTF-8 whatever the platform charset, like the JSON output: names are often not ASCII.
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.flush();
    }

    private static void printJson(List<Result> results, PrintStream out) {
        try {
            JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Result r : results) {
                Card c = r.file() == null ? null : r.file().card();
                g.writeStartObject();
                g.writeStringField("path", r.path());
                g.writeBooleanField("ok", c != null);
                g.writeStringField("spec", c == null ? null : c.spec().label());
                g.writeStringField("name", c == null ? null : c.name());
                g.writeStringField("creator", c == null ? null : c.creator());
                g.writeArrayFieldStart("tags");
                for (String t : c == null ? List.<String>of() : c.tags()) {
                    g.writeString(t);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("warnings");
                for (String w : r.file() == null ? List.<String>of() : r.file().warnings()) {
                    g.writeString(w);
                }
                g.writeEndArray();
                if (c != null) {
                    TokenCounter.Counts tokens = TokenCounter.of(c);
                    g.writeObjectFieldStart("tokens");
                    g.writeStringField("tokenizer", TokenCounter.NAME);
                    g.writeNumberField("permanent", tokens.permanent());
                    g.writeNumberField("first_message", tokens.firstMessage());
                    g.writeEndObject();
                    g.writeNumberField("lorebook_entries", c.lorebookEntries());
                    g.writeNumberField("greetings", c.alternateGreetingCount());
                } else {
                    g.writeNullField("tokens");
                    g.writeNullField("lorebook_entries");
                    g.writeNullField("greetings");
                }
                g.writeStringField("error", r.error());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
