package org.impactsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
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
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.impactsite.BuildSettings;
import org.impactsite.ImpactBuild;
import org.impactsite.TestFiles;
import org.impactsite.plan.SiteFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {

    @TempDir
    Path dir;

    Path project;
    Preview preview;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        project = TestFiles.copyTree(Path.of("src/test/resources/build/portfolio"), dir.resolve("p"));
        preview = new Preview(settings(), log::add);
        preview.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    BuildSettings settings() {
        return BuildSettings.of(project, false);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what + "; the server said " + log).isLessThan(end);
            Thread.sleep(20);
        }
    }

    Path caseStudy() {
        return project.resolve("src/impact/case-studies/school-taps.md");
    }

    @Test
    void servesTheReportWithTheRightTypesAndTheReloadScriptOnlyInPages() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(home.body()).contains("<script src=\"/__impact/live.js\" defer></script></head>");
        assertThat(get("/case-studies/school-taps/").body()).contains("Taps in schools");
        assertThat(get("/case-studies/school-taps").statusCode()).isEqualTo(301);
        assertThat(get("/theme/style.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(get("/assets/drop.svg").headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(get("/data/portfolio.json").headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        HttpResponse<String> script = get("/__impact/live.js");
        assertThat(script.headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("EventSource");
        // the built files themselves are untouched: the script is added while serving
        assertThat(new String(preview.site().get("index.html").content(), StandardCharsets.UTF_8)).doesNotContain("__impact");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void refusesPathsOutsideTheSiteAndOtherMethods() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/case-studies/..%2f..%2f..%2fsecret.txt",
                "/%5c..%5csecret.txt")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("secret");
        }
        assertThat(get("/no/such/page.html").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/page.html").body()).contains("Page not found").contains("__impact/live.js");
        // the not-found page names the styles from the root of its published address
        assertThat(get("/report/theme/style.css").statusCode()).isEqualTo(200);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void aLinkOutOfTheProjectIsNeverServed() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "the secret");
        Files.createSymbolicLink(project.resolve("src/impact/assets/secret.txt"), dir.resolve("secret.txt"));
        await(() -> body("/__impact/problems").contains("secret.txt"), "the link refused");
        HttpResponse<String> r = get("/assets/secret.txt");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("the secret");
        assertThat(body("/__impact/problems")).contains("outside");
    }

    /** The status line of a request written by hand, with the headers a browser elsewhere would send. */
    String statusOf(String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", preview.port())) {
            socket.setSoTimeout(5000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void onlyThisComputerAndThePreviewsOwnPagesAreAnswered() throws Exception {
        String here = "Host: 127.0.0.1:" + preview.port();
        assertThat(statusOf("/", here)).endsWith(" 200 OK");
        assertThat(statusOf("/", "Host: localhost:" + preview.port())).endsWith(" 200 OK");
        // a page of another site that renamed itself to this computer's address (DNS rebinding)
        assertThat(statusOf("/", "Host: evil.example:" + preview.port())).contains(" 403 ");
        assertThat(statusOf("/__impact/problems", "Host: attacker.example")).contains(" 403 ");
        // the reload channel and the problems answer the preview's own pages, not another origin's
        assertThat(statusOf("/__impact/problems", here, "Origin: http://evil.example")).contains(" 403 ");
        assertThat(statusOf("/__impact/problems", here, "Origin: http://127.0.0.1:" + preview.port())).endsWith(" 200 OK");
        assertThat(statusOf("/__impact/problems", here)).endsWith(" 200 OK");
        assertThat(Preview.trusted("evil.example", null, false, false)).as("listening on the network: any host name").isTrue();
        assertThat(Preview.trusted("evil.example", "http://other.example", false, true)).isFalse();
    }

    @Test
    void aDeletedSourceFolderShowsTheProblemOverTheLastReportAndItsReturnClearsIt() throws Exception {
        Path src = project.resolve("src/impact");
        Path aside = dir.resolve("impact-aside");
        Files.move(src, aside);
        await(() -> body("/__impact/problems").contains("\"severity\":\"error\""), "the missing folder told");
        assertThat(body("/__impact/problems")).contains("src/impact");
        assertThat(body("/case-studies/school-taps/")).as("the last good report is still served").contains("Taps in schools");
        Files.move(aside, src);
        await(() -> !body("/__impact/problems").contains("\"severity\":\"error\""), "the folder back");
        Files.writeString(caseStudy(), Files.readString(caseStudy()).replace("title: Taps in schools", "title: Taps, back again"));
        await(() -> body("/case-studies/school-taps/").contains("Taps, back again"), "edits seen again after the folder came back");
    }

    /** The status line, or "closed" when the server closed the connection instead of answering. */
    String answerTo(String path, String... headers) throws IOException {
        try {
            String line = statusOf(path, headers);
            return line == null ? "closed" : line;
        } catch (java.net.SocketException closed) {
            return "closed";
        }
    }

    @Test
    void requestsLargerThanAPageNeedsAreRefusedAndTheServerGoesOn() throws Exception {
        String here = "Host: 127.0.0.1:" + preview.port();
        assertThat(statusOf("/" + "a".repeat(9000), here)).contains(" 414 ");
        String[] padded = new String[21];
        padded[0] = here;
        for (int i = 1; i < padded.length; i++) {
            padded[i] = "X-Pad-" + i + ": " + "p".repeat(1000);
        }
        // 20 KB of headers: refused by Java's server (told at most 16 KB: it closes the connection) or by the preview itself
        assertThat(answerTo("/", padded)).containsAnyOf("closed", " 431 ", " 413 ", " 400 ");
        assertThat(RequestLimits.status("/", java.util.Map.of("X-Pad", List.of("p".repeat(20_000))))).isEqualTo(431);
        assertThat(RequestLimits.status("/", java.util.Map.of("Host", List.of("127.0.0.1")))).isZero();
        assertThat(statusOf("/", here, "Content-Length: 5")).contains(" 413 ");
        // a megabyte of one header line, then an ordinary request: still answered
        assertThat(answerTo("/", here, "X-Huge: " + "h".repeat(1 << 20))).doesNotContain(" 200 ");
        assertThat(statusOf("/", here)).endsWith(" 200 OK");
    }

    @Test
    void fiftySavesInFiveSecondsEndOnTheLastOne() throws Exception {
        String good = Files.readString(caseStudy());
        int before = preview.builds();
        for (int i = 0; i < 50; i++) {
            Files.writeString(caseStudy(), good.replace("title: Taps in schools", "title: Taps, save " + i));
            Thread.sleep(100);
            if (i % 10 == 0) {
                assertThat(get("/").statusCode()).as("answering while saves come in").isEqualTo(200);
            }
        }
        await(() -> body("/case-studies/school-taps/").contains("Taps, save 49"), "the last save");
        int builds = preview.builds() - before;
        // saves 100 ms apart are each built (a build takes less); none is built twice
        assertThat(builds).as("builds for 50 saves").isBetween(1, 50);
        assertThat(body("/__impact/problems")).doesNotContain("\"severity\":\"error\"");
        assertThat(body("/")).contains("Taps, save 49").doesNotContain("Taps, save 48<");
    }

    @Test
    void twoHundredRequestsAtOnceAreAllAnswered() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = i % 2 == 0 ? "/" : "/case-studies/water-points/index.html";
            all.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (var f : all) {
            HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("</html>");
        }
    }

    @Test
    void anEditedTitleAppearsAtItsPageWithoutARestartAndTheOpenPagesAreToldToReload() throws Exception {
        BlockingQueue<String> events = listen();
        Files.writeString(caseStudy(), Files.readString(caseStudy()).replace("title: Taps in schools", "title: Taps in 200 schools"));
        await(() -> body("/case-studies/school-taps/").contains("Taps in 200 schools"), "the new title");
        assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("event: reload");
        // the home page's card changed with it
        assertThat(body("/")).contains("Taps in 200 schools");
    }

    @Test
    void aMistakeShowsItsLocationOverTheLastGoodPageAndTheFixClearsIt() throws Exception {
        BlockingQueue<String> events = listen();
        String good = Files.readString(caseStudy());
        Files.writeString(caseStudy(), good.replace("title: Taps in schools", "title: Taps in schools\nsdgs: [18]"));
        await(() -> body("/__impact/problems").contains("school-taps.md:"), "the problem");
        assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("event: problems");
        String problems = body("/__impact/problems");
        assertThat(problems).contains("\"location\":\"src/impact/case-studies/school-taps.md:3:").contains("\"severity\":\"error\"");
        // the last good report is still served
        assertThat(body("/case-studies/school-taps/")).contains("Taps in schools");
        Files.writeString(caseStudy(), good);
        await(() -> !body("/__impact/problems").contains("\"severity\":\"error\""), "the fix");
        assertThat(log).anyMatch(l -> l.contains("school-taps.md:3:"));
    }

    @Test
    void aRebuildAfterEditsGivesTheSameBytesAsACleanBuild() throws Exception {
        String text = Files.readString(caseStudy());
        Files.writeString(caseStudy(), text.replace("value: 120", "value: 125"));
        Files.writeString(project.resolve("src/impact/case-studies/new-one.md"), "---\ntitle: A new one\nmetrics:\n"
                + "  - {id: people-reached, label: People, value: 10, source: s}\nsources:\n  - {id: s, title: Notes}\n---\nStory.\n");
        Path page = project.resolve("src/impact/pages/how-we-count.md");
        Files.writeString(page, Files.readString(page).replace("listening-tour.md", "school-taps.md"));
        Files.delete(project.resolve("src/impact/case-studies/listening-tour.md"));
        await(() -> body("/case-studies/new-one/").contains("A new one") && body("/").contains("125")
                && get404("/case-studies/listening-tour/"), "the edits");
        assertSameBytesAsACleanBuild();
        assertThat(log).anyMatch(l -> l.contains("parts reused"));
    }

    @Test
    void everyKindOfEditGivesTheSameBytesAsACleanBuild() throws Exception {
        Path siteYaml = project.resolve("src/impact/site.yaml");
        List<Runnable> edits = List.of(
                () -> edit(caseStudy(), "title: Taps in schools", "title: Taps in 200 schools"),
                () -> edit(caseStudy(), "themes: [health]", "themes: [water, schools]"),
                () -> edit(caseStudy(), "channels: [Weibo]", "channels: [Weibo, WeChat]"),
                () -> edit(caseStudy(), "period: 2022", "period: 2019"),
                () -> edit(caseStudy(), "summary: Hand-washing", "summary: Soap and hand-washing"),
                () -> edit(siteYaml, "title: \"", "title: \"Renamed "),
                () -> edit(caseStudy(), "title: Taps in 200 schools", "title: Taps in schools"));
        for (Runnable e : edits) {
            e.run();
            assertSameBytesAsACleanBuild();
        }
    }

    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            assertThat(text).as(file + " holds " + from).contains(from);
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** After a rebuild, the served report is byte for byte a clean build of the same sources. */
    void assertSameBytesAsACleanBuild() throws Exception {
        preview.rebuild();
        assertThat(preview.problems()).noneMatch(p -> p.severity().toString().equalsIgnoreCase("error"));
        ImpactBuild.Built clean = new ImpactBuild(settings()).build();
        Map<String, SiteFile> served = preview.site();
        assertThat(served.keySet()).containsExactlyInAnyOrderElementsOf(clean.files().stream().map(SiteFile::path).toList());
        for (SiteFile f : clean.files()) {
            SiteFile s = served.get(f.path());
            if (f.content() != null) {
                assertThat(s.content()).as(f.path()).isEqualTo(f.content());
            } else {
                assertThat(s.source()).as(f.path()).isEqualTo(f.source());
            }
        }
    }

    @Test
    void closingLeavesNoThreadOfItsOwnBehind() throws Exception {
        for (int i = 0; i < 3; i++) {
            listen();
        }
        preview.close();
        await(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.isAlive()
                && t.getName().startsWith("impact-preview")), "the threads to end");
    }

    String body(String path) {
        try {
            return get(path).body();
        } catch (Exception e) {
            return "";
        }
    }

    boolean get404(String path) {
        try {
            return get(path).statusCode() == 404;
        } catch (Exception e) {
            return false;
        }
    }

    /** Opens the reload channel; each event's first line arrives in the queue. */
    BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + preview.port() + "/__impact/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.headers().firstValue("Content-Type")).contains("text/event-stream; charset=utf-8");
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        events.add(line);
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }, "test-events");
        reader.setDaemon(true);
        reader.start();
        return events;
    }
}
