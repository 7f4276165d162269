package org.impactsite.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.impactsite.BuildSettings;
import org.impactsite.TestFiles;
import org.impactsite.serve.Preview;

/**
 * The published reports in a real browser: Debian's headless Chromium, driven through the
 * system's chromedriver, over every page of the example report and of a richer portfolio served
 * on 127.0.0.1. In CI ({@code CI=true}) a missing browser is a failure, never a skip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Each report is served at the path of its baseUrl, as its host would serve it. */
    static final Map<String, String> MOUNTS = Map.of("example", "/", "portfolio", "/report/");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private HttpServer server;
    private ChromeDriver driver;
    private String origin;
    private Map<String, Path> sites;
    private final List<String> failedRequests = Collections.synchronizedList(new ArrayList<>());

    /**
     * The line a build without the browser prints: what is missing, how to install it, and which
     * checks did not run; empty when both programs are there.
     */
    static Optional<String> missing(boolean chromium, boolean driver) {
        if (chromium && driver) {
            return Optional.empty();
        }
        String what = !chromium && !driver ? "Chromium and chromedriver are" : !chromium ? "Chromium is" : "chromedriver is";
        String install = !chromium && !driver ? "chromium chromium-driver" : !chromium ? "chromium" : "chromium-driver";
        return Optional.of("WARNING: " + what + " missing (" + (!chromium ? CHROMIUM : CHROMEDRIVER) + "), so the browser "
                + "checks did not run: accessibility (axe-core, WCAG 2.1 AA), layout at 360 and 1280 px in light and dark, "
                + "keyboard, print and filters. Install them (Debian, Ubuntu: apt-get install " + install + ") and build again.");
    }

    @BeforeAll
    void start() throws IOException {
        Optional<String> missing = missing(Files.isExecutable(CHROMIUM), Files.isExecutable(CHROMEDRIVER));
        if (missing.isPresent()) {
            // loud, where a reader of the build log looks: a skipped test alone says "Tests run: 0"
            System.out.println(missing.get());
            System.err.println(missing.get());
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true: " + missing.get());
            }
        }
        assumeTrue(missing.isEmpty(), missing.orElse(""));
        sites = PublishedSites.all();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (Map.Entry<String, Path> site : sites.entrySet()) {
            String mount = MOUNTS.get(site.getKey());
            server.createContext(mount, exchange -> serve(exchange, mount, site.getValue()));
        }
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=1280,900", "--lang=en-GB", "--no-first-run",
                // any host but this one fails to resolve, so a request elsewhere shows as an error
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private void serve(HttpExchange exchange, String mount, Path root) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring(mount.length());
        String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        Path file = root.resolve(decoded.isEmpty() || decoded.endsWith("/") ? decoded + "index.html" : decoded).normalize();
        try (exchange) {
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                failedRequests.add(exchange.getRequestURI().toString());
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String type = Files.probeContentType(file);
            String n = file.getFileName().toString();
            type = n.endsWith(".html") ? "text/html; charset=utf-8" : n.endsWith(".css") ? "text/css; charset=utf-8"
                    : n.endsWith(".js") ? "text/javascript; charset=utf-8" : n.endsWith(".svg") ? "image/svg+xml"
                    : n.endsWith(".json") ? "application/json" : type == null ? "application/octet-stream" : type;
            exchange.getResponseHeaders().set("Content-Type", type);
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String url(String site, String page) {
        return origin + MOUNTS.get(site) + page;
    }

    private void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void colourScheme(String scheme, String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private void open(String site, String page) {
        driver.get(url(site, page));
        driver.executeScript("return document.readyState");
    }

    private List<String> consoleProblems() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<String> resourcesFromElsewhere() {
        List<String> names = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        return names.stream().filter(n -> !n.startsWith(origin + "/")).toList();
    }

    private List<String> everyPage() {
        List<String> pages = new ArrayList<>();
        sites.forEach((name, root) -> PublishedSites.pages(root).forEach(p -> pages.add(name + "/" + p)));
        return pages;
    }

    private void openPage(String sitePage) {
        int slash = sitePage.indexOf('/');
        open(sitePage.substring(0, slash), sitePage.substring(slash + 1));
    }

    @Test
    void everyPageAt360PxHasNoConsoleErrorNoFailedRequestNoOtherHostAndNoSidewaysScroll() {
        viewport(360, 740);
        colourScheme("light", "screen");
        List<String> problems = new ArrayList<>();
        consoleProblems(); // what earlier tests left behind
        failedRequests.clear();
        List<String> pages = everyPage();
        for (String page : pages) {
            openPage(page);
            consoleProblems().forEach(m -> problems.add(page + ": console: " + m));
            resourcesFromElsewhere().forEach(r -> problems.add(page + ": loaded from another host: " + r));
            Number overflow = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow.intValue() > 0) {
                problems.add(page + ": scrolls sideways by " + overflow + " px at 360 px");
            }
        }
        assertThat(pages).hasSizeGreaterThan(30);
        assertThat(problems).isEmpty();
        assertThat(failedRequests).isEmpty();
    }

    @Test
    void everyPageHasNoAxeViolationOfWcag21AaInLightAndDarkMode() {
        viewport(1280, 900);
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            colourScheme(scheme, "screen");
            for (String page : everyPage()) {
                openPage(page);
                Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
                for (Rule rule : results.getViolations()) {
                    problems.add(page + " (" + scheme + "): " + rule.getId() + ": " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void axeFindsAViolationWhenThereIsOne() {
        viewport(1280, 900);
        colourScheme("light", "screen");
        open("example", "index.html");
        driver.executeScript("var i = document.createElement('img'); i.src = 'theme/icon.svg'; document.querySelector('main').appendChild(i);");
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt");
    }

    @Test
    void chartsHaveANameADescriptionAndADataTableReachedByKeyboard() {
        viewport(1280, 900);
        colourScheme("light", "screen");
        open("portfolio", "case-studies/many-metrics/index.html");
        List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart .chart-wide svg[role=img]"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(4);
        for (WebElement svg : charts) {
            assertThat(svg.getAccessibleName()).isNotBlank();
            assertThat(svg.findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
        }
        WebElement summary = driver.findElement(By.cssSelector("figure.chart details.chart-data summary"));
        // tab until the first data table's summary has focus, then open it with the keyboard
        WebElement body = driver.findElement(By.tagName("body"));
        for (int i = 0; i < 200 && !summary.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
        summary.sendKeys(Keys.ENTER);
        WebElement table = summary.findElement(By.xpath("..")).findElement(By.tagName("table"));
        assertThat(table.isDisplayed()).isTrue();
        assertThat(table.findElements(By.tagName("td"))).isNotEmpty();
        assertThat(body).isNotNull();
    }

    @Test
    void theFirstTabReachesAVisibleSkipLinkThatMovesFocusToTheContent() {
        viewport(1280, 900);
        colourScheme("light", "screen");
        open("example", "case-studies/justice4her-pets/index.html");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
        assertThat(focused.getRect().getY()).isGreaterThanOrEqualTo(0);
        focused.sendKeys(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void aCaseStudyPrintsWithoutNavigationWithSourceAddressesAndWholeCharts() {
        viewport(1280, 900);
        colourScheme("light", "print");
        open("example", "case-studies/justice4her-pets/index.html");
        assertThat(driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".downloads")).isDisplayed()).isFalse();
        WebElement url = driver.findElement(By.cssSelector(".sources .print-url"));
        assertThat(url.isDisplayed()).isTrue();
        assertThat(url.getText()).startsWith("https://");
        List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart"));
        assertThat(charts).isNotEmpty();
        for (WebElement chart : charts) {
            assertThat(chart.getCssValue("break-inside")).isEqualTo("avoid");
            assertThat(chart.findElement(By.cssSelector(".chart-wide svg")).isDisplayed()).isTrue();
            // on paper the chart's sentence carries the figures; the fold-out table has no use
            assertThat(chart.findElement(By.cssSelector(".chart-desc")).isDisplayed()).isTrue();
            assertThat(chart.findElement(By.cssSelector("details.chart-data")).isDisplayed()).isFalse();
        }
        // a printed page says where it came from and of when the report is
        WebElement printed = driver.findElement(By.cssSelector(".site-footer .print-only"));
        assertThat(printed.isDisplayed()).isTrue();
        assertThat(printed.getText()).isEqualTo(
                "https://impact.example.org/case-studies/justice4her-pets/ · Report of 22 November 2026");
        colourScheme("light", "screen");
        assertThat(printed.isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isTrue();
    }

    @Test
    void theHomePageFiltersCardsByWordAndByTheme() {
        viewport(1280, 900);
        colourScheme("light", "screen");
        open("example", "index.html");
        List<WebElement> cards = driver.findElements(By.cssSelector(".card-filter li.card"));
        assertThat(cards).hasSizeGreaterThan(2);
        WebElement search = driver.findElement(By.id("filter-search"));
        search.sendKeys("kindness");
        assertThat(visible(cards)).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".filter-status")).getText()).startsWith("1 of " + cards.size());
        search.clear();
        search.sendKeys(" ");
        driver.findElement(By.cssSelector(".filter-clear")).click();
        assertThat(visible(cards)).hasSize(cards.size());
        driver.findElement(By.cssSelector("#filter-themes option[value='child rights']")).click();
        assertThat(visible(cards)).hasSizeBetween(1, cards.size() - 1);
        assertThat(visible(cards)).allSatisfy(c -> assertThat(c.getAttribute("data-themes")).contains("child rights"));
    }

    @Test
    void thePreviewShowsAMistakeOnThePageAndReloadsWhenItIsFixed() throws Exception {
        Path project = TestFiles.copyTree(Path.of("src/test/resources/build/portfolio"),
                PublishedSites.ROOT.resolve("preview-" + System.nanoTime()));
        BuildSettings settings = BuildSettings.of(project, false);
        try (Preview preview = new Preview(settings, line -> { })) {
            preview.start("127.0.0.1", 0);
            viewport(1280, 900);
            colourScheme("light", "screen");
            consoleProblems(); // what earlier tests left behind
            driver.get("http://127.0.0.1:" + preview.port() + "/case-studies/school-taps/");
            Path file = project.resolve("src/impact/case-studies/school-taps.md");
            String good = Files.readString(file);
            Files.writeString(file, good.replace("title: Taps in schools", "title: Taps in schools\nsdgs: [18]"));
            WebElement panel = waitFor(By.id("impact-preview-problems"));
            assertThat(panel.getText()).contains("src/impact/case-studies/school-taps.md:3:").contains("hint:");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Taps in schools");
            Files.writeString(file, good.replace("title: Taps in schools", "title: Taps in all schools"));
            waitUntil(() -> driver.findElement(By.tagName("h1")).getText().equals("Taps in all schools"));
            assertThat(driver.findElements(By.id("impact-preview-problems"))).isEmpty();
            assertThat(consoleProblems()).isEmpty();
        }
    }

    private WebElement waitFor(By by) throws InterruptedException {
        waitUntil(() -> !driver.findElements(by).isEmpty());
        return driver.findElement(by);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page is reloading
            }
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(end);
            Thread.sleep(50);
        }
    }

    private static List<WebElement> visible(List<WebElement> cards) {
        return cards.stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void noFigureTileCardOrChartSticksOutOfItsBoxFrom320To1280Px() {
        colourScheme("light", "screen");
        for (int width : new int[] {320, 360, 768, 1280}) {
            viewport(width, 900);
            for (String page : List.of("example/index.html", "example/case-studies/justice4her-pets/index.html",
                    "portfolio/index.html", "portfolio/case-studies/many-metrics/index.html")) {
                openPage(page);
                Object over = driver.executeScript("return Array.from(document.querySelectorAll("
                        + "'.headline, .tile, .card, .chart')).filter(e => e.scrollWidth > e.clientWidth + 1)"
                        + ".map(e => e.className + ': ' + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60))");
                assertThat((List<?>) over).as(page + " at " + width + " px").isEmpty();
            }
        }
    }

    @Test
    void screenshotsOfHomeAndACaseStudyAtThreeWidthsAreSavedForPeopleToLookAt() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        colourScheme("light", "screen");
        Map<String, String> shots = Map.of("example-home", "example/index.html",
                "example-case-study", "example/case-studies/justice4her-pets/index.html",
                "portfolio-home", "portfolio/index.html",
                "portfolio-case-study", "portfolio/case-studies/many-metrics/index.html");
        for (int width : new int[] {360, 768, 1280}) {
            viewport(width, 900);
            for (Map.Entry<String, String> shot : shots.entrySet()) {
                openPage(shot.getValue());
                Map<String, Object> png = driver.executeCdpCommand("Page.captureScreenshot",
                        Map.of("format", "png", "captureBeyondViewport", true));
                Path file = SCREENSHOTS.resolve(shot.getKey() + "-" + width + ".png");
                Files.write(file, Base64.getDecoder().decode((String) png.get("data")));
                assertThat(Files.size(file)).isGreaterThan(10_000);
            }
        }
    }

    /** In the page: the smallest chart text on screen in CSS px, over every chart shown. */
    private static final String SMALLEST_CHART_TEXT = "var least = 1e9, where = '';"
            + "document.querySelectorAll('figure.chart svg').forEach(function (svg) {"
            + "  var r = svg.getBoundingClientRect(); if (r.width === 0) { return; }"
            + "  var scale = r.width / svg.viewBox.baseVal.width;"
            + "  svg.querySelectorAll('text').forEach(function (t) {"
            + "    var px = parseFloat(getComputedStyle(t).fontSize) * scale;"
            + "    if (px < least) { least = px; where = t.textContent; } }); });"
            + "return [least, where];";

    /**
     * In the page: every figure, and every word of up to 24 letters, that the browser laid out
     * over two lines. Words are cut at spaces, hyphens and slashes, and Chinese, Japanese and
     * Korean characters stand alone (those scripts break between characters).
     */
    private static final String SPLIT = "var out = [];"
            + "function lines(range) { var tops = [];"
            + "  Array.from(range.getClientRects()).forEach(function (r) { if (r.width > 0 && tops.every(function (t) {"
            + "    return Math.abs(t - r.top) > 2; })) { tops.push(r.top); } }); return tops.length; }"
            + "document.querySelectorAll('.figure, td.num').forEach(function (e) {"
            + "  if (e.getClientRects().length === 0) { return; }"
            + "  var r = document.createRange(); r.selectNodeContents(e);"
            + "  if (lines(r) > 1) { out.push('figure: ' + e.textContent.trim()); } });"
            + "var walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);"
            + "for (var n = walk.nextNode(); n; n = walk.nextNode()) {"
            + "  if (!n.parentElement || n.parentElement.closest('svg, script, style, .visually-hidden')"
            + "      || n.parentElement.getClientRects().length === 0) { continue; }"
            + "  var re = /[^\\s\\-\\/\\u2e80-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]+/g, m;"
            + "  while ((m = re.exec(n.data)) !== null) {"
            + "    if (m[0].length < 2 || m[0].length > 24) { continue; }"
            + "    var w = document.createRange(); w.setStart(n, m.index); w.setEnd(n, m.index + m[0].length);"
            + "    if (lines(w) > 1) { out.push('word: ' + m[0]); } } }"
            + "return out.slice(0, 10);";

    /** In the page: pairs of chart texts that lie on each other, in every chart shown. */
    private static final String OVERLAPS = "var out = [];"
            + "document.querySelectorAll('figure.chart svg').forEach(function (svg) {"
            + "  if (svg.getBoundingClientRect().width === 0) { return; }"
            + "  var ts = Array.from(svg.querySelectorAll('text')).map(function (t) { return [t, t.getBoundingClientRect()]; });"
            + "  var box = svg.getBoundingClientRect();"
            + "  ts.forEach(function (t) { if (t[1].right > box.right + 1 || t[1].left < box.left - 1) {"
            + "    out.push(svg.closest('figure').id + ': \"' + t[0].textContent + '\" cut off at the edge'); } });"
            + "  for (var i = 0; i < ts.length; i++) { for (var j = i + 1; j < ts.length; j++) {"
            + "    var a = ts[i][1], b = ts[j][1];"
            + "    var w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);"
            + "    if (w > 2 && h > 3) { out.push(svg.closest('figure').id + ': \"' + ts[i][0].textContent + '\" on \"' + ts[j][0].textContent + '\"'); } } } });"
            + "return out.slice(0, 5);";

    /** In the page: charts shown on a white (or near-white) box, and chart text the dark page would hide. */
    private static final String WHITE_BOXES = "var out = [];"
            + "function light(c) { var m = c.match(/\\d+(\\.\\d+)?/g); if (!m || (m.length > 3 && +m[3] === 0)) { return false; }"
            + "  return +m[0] > 200 && +m[1] > 200 && +m[2] > 200; }"
            + "document.querySelectorAll('figure.chart').forEach(function (fig) {"
            + "  if (light(getComputedStyle(fig).backgroundColor)) { out.push('chart box: ' + fig.id); }"
            + "  fig.querySelectorAll('svg').forEach(function (svg) {"
            + "    var r = svg.getBoundingClientRect(); if (r.width === 0) { return; }"
            + "    if (light(getComputedStyle(svg).backgroundColor)) { out.push('svg background: ' + fig.id); }"
            + "    svg.querySelectorAll('rect, path').forEach(function (e) { var b = e.getBoundingClientRect();"
            + "      if (b.width * b.height > r.width * r.height * 0.25 && light(getComputedStyle(e).fill)) {"
            + "        out.push('white area: ' + fig.id); } });"
            + "    svg.querySelectorAll('text').forEach(function (t) { var c = getComputedStyle(t).fill.match(/\\d+/g);"
            + "      if (c && +c[0] < 90 && +c[1] < 90 && +c[2] < 90) { out.push('dark text: ' + fig.id + ' ' + t.textContent); } });"
            + "  }); });"
            + "return out.slice(0, 10);";

    @Test
    @SuppressWarnings("unchecked")
    void everyPageReadsOnAPhoneAndAWideScreenInLightAndDark() {
        List<String> problems = new ArrayList<>();
        List<String> pages = everyPage();
        double least = Double.MAX_VALUE;
        int caseStudies = 0;
        for (int width : new int[] {360, 1280}) {
            viewport(width, 900);
            for (String scheme : List.of("light", "dark")) {
                colourScheme(scheme, "screen");
                for (String page : pages) {
                    openPage(page);
                    String at = page + " at " + width + " px, " + scheme + ": ";
                    List<Object> text = (List<Object>) driver.executeScript(SMALLEST_CHART_TEXT);
                    double px = ((Number) text.get(0)).doubleValue();
                    if (px < 12) {
                        problems.add(at + "chart text of " + Math.round(px * 10) / 10.0 + " px (\"" + text.get(1) + "\")");
                    }
                    least = Math.min(least, px);
                    if (scheme.equals("light")) {
                        ((List<Object>) driver.executeScript(SPLIT)).forEach(s -> problems.add(at + "split over two lines: " + s));
                        ((List<Object>) driver.executeScript(OVERLAPS)).forEach(s -> problems.add(at + "chart text overlaps: " + s));
                    } else {
                        ((List<Object>) driver.executeScript(WHITE_BOXES)).forEach(s -> problems.add(at + s));
                    }
                    if (width == 1280 && scheme.equals("light") && page.contains("/case-studies/")
                            && page.endsWith("/index.html")) {
                        Number top = (Number) driver.executeScript("var t = document.querySelector('.key-numbers .tile-figure');"
                                + "return t ? t.getBoundingClientRect().top + window.scrollY : -1;");
                        if (top.doubleValue() >= 0) {
                            caseStudies++;
                            if (top.doubleValue() + 40 > 900) {
                                problems.add(at + "first key number starts at " + top.intValue() + " px, below the first screen");
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "smallest chart text on %d pages at 360 and 1280 px: %.1f CSS px%n", pages.size(), least);
        assertThat(least).as("some chart text was measured").isLessThan(100);
        assertThat(caseStudies).as("case-study pages with key numbers").isGreaterThanOrEqualTo(6);
        assertThat(problems).isEmpty();
    }
}
