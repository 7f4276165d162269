import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * How long an edit takes to show in the preview: starts {@code site:serve-impact} on a project
 * made by Generate.java, changes the first case study's title several times and, for each
 * save, does what an open page does: waits for the preview's reload event, then fetches the
 * page, until it shows the new title. The figure is the time from the save to that page.
 *
 * <pre>java docs/benchmark/PreviewLatency.java PROJECT VERSION [EDITS] [PORT]</pre>
 *
 * Prints one line: {@code preview: EDITS edits, the new title served after min / median / max ms}.
 */
public class PreviewLatency {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        String version = args[1];
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int port = args.length > 3 ? Integer.parseInt(args[3]) : 8093;
        Path file = project.resolve("src/impact/case-studies/cs-00001.md");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        URI page = URI.create("http://127.0.0.1:" + port + "/case-studies/cs-00001/index.html");

        Process server = new ProcessBuilder("mvn", "-B", "-o", "-f", project.resolve("pom.xml").toString(),
                "org.impactsite:impact-site-maven-plugin:" + version + ":serve-impact", "-Dimpact.port=" + port)
                .redirectErrorStream(true).redirectOutput(project.resolve("preview.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Double> millis = new ArrayList<>();
        try {
            long until = System.nanoTime() + Duration.ofMinutes(15).toNanos();
            while (get(http, page) == null) {
                if (System.nanoTime() > until || !server.isAlive()) {
                    throw new IllegalStateException("the preview did not start; see " + project.resolve("preview.log"));
                }
                Thread.sleep(200);
            }
            // as an open page does: wait for the reload event, then fetch the page
            BlockingQueue<String> reloads = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(page.resolve("/__impact/events")).build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().filter(l -> l.startsWith("event: reload")).forEach(reloads::add));
            Thread.sleep(500);
            for (int k = 1; k <= edits; k++) {
                String title = "Edited title " + k + " " + System.nanoTime();
                String changed = original.replaceFirst("(?m)^title: .*$", "title: \"" + title + "\"");
                reloads.clear();
                long start = System.nanoTime();
                Files.writeString(file, changed, StandardCharsets.UTF_8);
                while (true) {
                    if (reloads.poll(60, TimeUnit.SECONDS) == null) {
                        throw new IllegalStateException("edit " + k + " brought no reload within a minute");
                    }
                    String body = get(http, page);
                    if (body != null && body.contains(title)) {
                        break;
                    }
                }
                millis.add((System.nanoTime() - start) / 1e6);
                Thread.sleep(1500);
            }
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor();
        }
        Collections.sort(millis);
        System.out.printf("preview: %d edits, the new title served after %.0f / %.0f / %.0f ms (min / median / max)%n",
                millis.size(), millis.get(0), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }

    /** The page's text, or null while it cannot be had. */
    static String get(HttpClient http, URI uri) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
