package org.impactsite.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.impactsite.BuildMemo;
import org.impactsite.BuildSettings;
import org.impactsite.ImpactBuild;
import org.impactsite.problem.Problem;
import org.impactsite.plan.SiteFile;
import org.impactsite.publish.Json;

/**
 * The report served from memory while its sources are edited. The last build without errors
 * is what is served; the problems of the latest build are shown over it, on every open page,
 * until a build succeeds again. Pages get one extra same-origin script, {@code live.js}, which
 * listens for rebuilds on a server-sent-events channel.
 */
public final class Preview implements AutoCloseable {

    static final String PREFIX = "/__impact/";
    static final String SCRIPT_TAG = "<script src=\"" + PREFIX + "live.js\" defer></script>";

    private final BuildSettings settings;
    private final Consumer<String> log;
    private final BuildMemo memo = new BuildMemo();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger builds = new AtomicInteger();
    private final byte[] script;
    private volatile Map<String, SiteFile> site = Map.of();
    private volatile List<Problem> problems = List.of();
    private HttpServer server;
    private ExecutorService handlers;
    private ScheduledExecutorService heartbeat;
    private SourceWatcher watcher;

    public Preview(BuildSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
        try (InputStream in = Preview.class.getResourceAsStream("live.js")) {
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the report, then serves it on {@code host:port} (port 0: any free port) and watches the sources. */
    public void start(String host, int port) throws IOException {
        rebuild();
        InetSocketAddress address = new InetSocketAddress(host, port);
        loopback = address.getAddress() != null && address.getAddress().isLoopbackAddress();
        RequestLimits.tellTheServer();
        server = HttpServer.create(address, 0);
        handlers = Executors.newFixedThreadPool(4, named("impact-preview-http"));
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        heartbeat = Executors.newSingleThreadScheduledExecutor(named("impact-preview-heartbeat"));
        heartbeat.scheduleAtFixedRate(() -> send(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
        watcher = new SourceWatcher(settings.sourceDirectory(), this::rebuildQuietly, named("impact-preview-watch"));
        watcher.start();
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** How many builds have finished since the start. */
    public int builds() {
        return builds.get();
    }

    /** The files being served: the last build without errors. */
    public Map<String, SiteFile> site() {
        return site;
    }

    /** The problems of the latest build, errors and warnings. */
    public List<Problem> problems() {
        return problems;
    }

    /** Rebuilds the report from the sources and tells the open pages. */
    public synchronized void rebuild() throws IOException {
        long start = System.nanoTime();
        ImpactBuild build = new ImpactBuild(settings).withMemo(memo);
        ImpactBuild.Built built = build.build();
        List<Problem> found = built.result().problems().all();
        boolean good = !built.result().problems().hasErrors() && !built.files().isEmpty();
        if (good) {
            Map<String, SiteFile> files = new TreeMap<>();
            built.files().forEach(f -> files.put(f.path(), f));
            site = Map.copyOf(files);
        }
        problems = List.copyOf(found);
        builds.incrementAndGet();
        long millis = (System.nanoTime() - start) / 1_000_000;
        found.forEach(p -> log.accept(p.toString()));
        log.accept(good ? "rebuilt in " + millis + " ms (" + memo.reused() + " parts reused; " + build.timings() + "); "
                + built.result().problems().summary()
                : "the change has problems (" + built.result().problems().summary() + "); the last good report is still served");
        send(good ? "event: reload\ndata: " + builds.get() + "\n\n" : "event: problems\ndata: " + problemsJson() + "\n\n");
    }

    private void rebuildQuietly() {
        try {
            rebuild();
        } catch (IOException | RuntimeException e) {
            log.accept("could not rebuild: " + e);
        }
    }

    private void send(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the page went away
                }
            }
        }
    }

    /** Whether the preview listens only on this computer: then every request must name it as its host. */
    private volatile boolean loopback;

    /**
     * A request this preview answers: one that names this computer as its host when the preview
     * listens only here (a web page elsewhere cannot reach it through a name of its own, "DNS
     * rebinding"), and, for the reload channel and the problems, one from the preview's own pages.
     */
    static boolean trusted(String host, String origin, boolean loopback, boolean channel) {
        if (loopback) {
            String name = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
            if (!name.equals("localhost") && !name.equals("127.0.0.1") && !name.equals("[::1]")) {
                return false;
            }
        }
        return !channel || origin == null || origin.equals("http://" + host);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String requested = exchange.getRequestURI().getRawPath();
        int tooLarge = RequestLimits.status(exchange.getRequestURI().toString(), exchange.getRequestHeaders());
        if (tooLarge != 0 && (method.equals("GET") || method.equals("HEAD") || tooLarge != 413)) {
            exchange.getResponseHeaders().set("Connection", "close");
            respond(exchange, tooLarge, "text/plain; charset=utf-8", "this request is larger than the preview answers\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!trusted(exchange.getRequestHeaders().getFirst("Host"), exchange.getRequestHeaders().getFirst("Origin"), loopback,
                requested != null && requested.startsWith(PREFIX))) {
            respond(exchange, 403, "text/plain; charset=utf-8", "this preview answers only its own pages on this computer\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            respond(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = path(exchange.getRequestURI());
        if (path == null) {
            respond(exchange, 400, "text/plain; charset=utf-8", "bad address\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        switch (path) {
            case "__impact/live.js" -> respond(exchange, 200, "text/javascript; charset=utf-8", script);
            case "__impact/problems" -> respond(exchange, 200, "application/json; charset=utf-8",
                    problemsJson().getBytes(StandardCharsets.UTF_8));
            case "__impact/events" -> subscribe(exchange);
            default -> serveFile(exchange, path);
        }
    }

    /** The site path asked for, "" for the root; null when it cannot be one. */
    static String path(URI uri) {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/")) {
            return null;
        }
        String p;
        try {
            p = URLDecoder.decode(raw.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (p.contains("\\") || p.indexOf('\0') >= 0 || ("/" + p + "/").contains("/../") || ("/" + p + "/").contains("/./")) {
            return null;
        }
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Map<String, SiteFile> files = site;
        SiteFile f = files.get(path);
        // the not-found page names files from the root of the published address (/report/theme/…)
        for (String p = path; f == null && p.indexOf('/') > 0; ) {
            p = p.substring(p.indexOf('/') + 1);
            f = p.endsWith(".html") ? null : files.get(p);
        }
        if (f == null && files.containsKey(path + "/index.html")) {
            exchange.getResponseHeaders().set("Location", "/" + path + "/");
            respond(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        int status = 200;
        if (f == null) {
            status = 404;
            f = files.get("404.html");
            if (f == null) {
                byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title>"
                        + SCRIPT_TAG + "</head><body><h1>The report has not been built yet</h1>"
                        + "<p>Fix the problems listed in the terminal; this page reloads by itself.</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                respond(exchange, files.isEmpty() ? 503 : 404, "text/html; charset=utf-8", page);
                return;
            }
        }
        byte[] body = f.content() != null ? f.content() : Files.readAllBytes(f.source());
        String type = contentType(f.path());
        if (type.startsWith("text/html")) {
            body = withScript(body);
        }
        respond(exchange, status, type, body);
    }

    /** The page with live.js added at the end of its head. */
    static byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.indexOf("</head>");
        String out = at < 0 ? SCRIPT_TAG + page : page.substring(0, at) + SCRIPT_TAG + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(("retry: 1000\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    static String contentType(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "xml" -> "application/xml; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "ico" -> "image/x-icon";
            case "pdf" -> "application/pdf";
            case "woff2" -> "font/woff2";
            case "woff" -> "font/woff";
            default -> "application/octet-stream";
        };
    }

    private String problemsJson() {
        StringBuilder out = new StringBuilder("[");
        for (Problem p : problems) {
            out.append(out.length() > 1 ? "," : "").append("{\"severity\":").append(json(p.severity().toString().toLowerCase(Locale.ROOT)))
                    .append(",\"location\":").append(json(p.location().toString()))
                    .append(",\"message\":").append(json(p.message()))
                    .append(",\"hint\":").append(json(p.hint() == null ? "" : p.hint())).append('}');
        }
        return out.append(']').toString();
    }

    private static String json(String s) {
        return Json.quoted(s);
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops watching and serving; closes the open pages' channels. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        listeners.clear();
        if (server != null) {
            server.stop(0);
        }
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        if (handlers != null) {
            handlers.shutdownNow();
        }
    }
}
