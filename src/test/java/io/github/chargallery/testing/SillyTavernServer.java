package io.github.chargallery.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real SillyTavern (the npm package, installed by {@code .ci/run}; its folder in the system property
 * {@code sillytavern.dir} or the environment variable {@code SILLYTAVERN_DIR}) run on a free loopback port with
 * its own data root, CSRF off, no browser. Only its HTTP API is used; nothing of its code is copied.
 */
public final class SillyTavernServer implements AutoCloseable {
    /** What SillyTavern prints once it serves requests. */
    private static final String READY = "to open SillyTavern";
    private static final ObjectMapper M = new ObjectMapper();

    private final Process process;
    private final int port;
    private final List<String> log = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SillyTavernServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The install, or why the test cannot run (for the skip message). */
    public static Optional<Path> install(StringBuilder whyNot) {
        String dir = System.getProperty("sillytavern.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("SILLYTAVERN_DIR");
        }
        if (dir == null || dir.isBlank()) {
            whyNot.append("no SillyTavern install named (system property sillytavern.dir or SILLYTAVERN_DIR;"
                    + " .ci/run installs sillytavern@1.19.0)");
            return Optional.empty();
        }
        Path p = Path.of(dir);
        if (!Files.isRegularFile(p.resolve("server.js"))) {
            whyNot.append("SillyTavern is not installed at ").append(p).append(" (.ci/run installs it)");
            return Optional.empty();
        }
        if (!nodeRuns()) {
            whyNot.append("node is not on the PATH: the real-SillyTavern test needs it");
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts it and returns once it says it serves (the first start compiles its front end: a minute or two). */
    public static SillyTavernServer start(Path install, Path dataRoot, Path configDir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Files.createDirectories(configDir);
        ProcessBuilder b = new ProcessBuilder("node", "server.js", "--port", String.valueOf(port), "--disableCsrf",
                "--dataRoot", dataRoot.toString(), "--configPath", configDir.resolve("config.yaml").toString(),
                "--browserLaunchEnabled", "false", "--listen", "false")
                .directory(install.toFile()).redirectErrorStream(true);
        SillyTavernServer server = new SillyTavernServer(b.start(), port);
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> server.pump(ready), "sillytavern-log");
        reader.setDaemon(true);
        reader.start();
        boolean up;
        try {
            up = ready.get(10, TimeUnit.MINUTES);
        } catch (java.util.concurrent.TimeoutException e) {
            up = false;
        }
        if (!up) {
            server.close();
            throw new IllegalStateException("SillyTavern did not start:\n" + server.log());
        }
        return server;
    }

    private void pump(CompletableFuture<Boolean> ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (log) {
                    log.add(line);
                }
                if (line.contains(READY)) {
                    ready.complete(true);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        ready.complete(false);
    }

    public String log() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    /** POSTs JSON to an API path and parses the answer; a status other than 200 fails with the body. */
    public JsonNode post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return M.readTree(response.body());
    }

    /** POST /api/characters/all: every character SillyTavern lists now. */
    public JsonNode characters() throws Exception {
        return post("/api/characters/all", "{}");
    }

    /** POST /api/characters/get with the avatar file name: one character in full. */
    public JsonNode character(String avatar) throws Exception {
        return post("/api/characters/get", M.createObjectNode().put("avatar_url", avatar).toString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
