package org.impactsite.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.impactsite.model.FreePage;
import org.impactsite.model.SiteConfig;
import org.impactsite.page.PageModel.AwardItem;
import org.impactsite.page.PageModel.AwardYear;
import org.impactsite.page.PageModel.Chrome;
import org.impactsite.page.PageModel.Headline;
import org.impactsite.page.PageModel.Link;
import org.impactsite.portfolio.Addresses;
import org.impactsite.portfolio.AwardEntry;
import org.impactsite.portfolio.Portfolio;
import org.impactsite.problem.Problems;
import org.impactsite.plan.SiteFile;
import org.impactsite.plan.SitePlan;
import org.impactsite.reuse.Folders;
import org.impactsite.format.DateFormats;
import org.impactsite.model.PartialDate;
import org.impactsite.reuse.Memo;
import org.impactsite.plan.Spill;
import org.impactsite.reuse.Key;

/**
 * Renders every HTML page of the report with FreeMarker. A file in the user's templates folder
 * shadows the theme's file of the same name; a broken template becomes a located problem.
 */
public final class PageRenderer {

    /** The accent colours, made from site.yaml; the theme's other files are copied from the theme jar. */
    static final String ACCENT = "theme/accent.css";
    /** The theme's static files, by name under {@code theme/}, as the plan of the site lists them. */
    static final List<String> STATIC_FILES = SitePlan.THEME_FILES.stream().filter(f -> !f.equals(ACCENT))
            .map(f -> f.substring("theme/".length())).toList();
    static final String STYLE = "theme/style.css";

    private final Templates templates;
    private final Locale locale;

    /** Where the default theme is loaded from (its layout template), so a change to it can be told. */
    public static java.net.URL themeLocation() {
        return PageRenderer.class.getResource(Templates.THEME_ROOT + "layout.ftlh");
    }

    /**
     * @param userTemplates the project's {@code templates} folder; need not exist
     * @param locale        the report's language
     */
    private Messages messages;

    /** Words already loaded for this report (their mistakes reported), so they are not read again for the pages. */
    public PageRenderer withMessages(Messages loaded) {
        this.messages = loaded;
        return this;
    }

    public PageRenderer(Path userTemplates, Locale locale) {
        this(userTemplates, locale, Templates::relativeToWorkingDirectory);
    }

    /** @param display how a template file is named in messages, such as {@code ProjectPaths::display} */
    public PageRenderer(Path userTemplates, Locale locale, Function<Path, String> display) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.templates = new Templates(userTemplates, locale, display);
    }

    private Memo memo;
    private Object fingerprint;

    /**
     * Every HTML page, plus {@code theme/accent.css}, sorted by path; pages whose template fails
     * are left out. Case-study pages are rendered in parallel.
     */
    /**
     * Keeps rendered pages between builds in this process: a page whose template, model and
     * user templates are unchanged is not rendered again.
     */
    public PageRenderer withMemo(Memo memo) {
        this.memo = memo;
        return this;
    }

    private Spill spill = Spill.none();
    /** Whether the report has its PDF, which every page's footer links to. */
    private boolean pdfLinked;
    private java.time.LocalDate reportDate;

    /**
     * The report's date, printed at the foot of every page with the page's address (from
     * {@code project.build.outputTimestamp}); null prints the address alone.
     */
    public PageRenderer withReportDate(java.time.LocalDate date) {
        this.reportDate = date;
        return this;
    }

    /** Writes each page to {@code spill} as soon as it is rendered, rather than keeping it in memory. */
    public PageRenderer withSpill(Spill spill) {
        this.spill = spill;
        return this;
    }

    SiteFile keep(SiteFile page) {
        return spill.keep(page);
    }

    /**
     * One page's bytes made by {@code make} from inputs compared by value ({@code inputs}, which
     * must hold everything the page is made from; only asked for with a memo), reused from the
     * memo when they are unchanged.
     */
    java.util.Optional<byte[]> page(java.util.function.Supplier<Object> inputs, Problems problems,
            java.util.function.Function<Problems, java.util.Optional<byte[]>> make) {
        if (memo == null) {
            return make.apply(problems);
        }
        return memo.get(Key.of(Key.Kind.PAGE, inputs.get(), locale, userTemplatesFingerprint()), problems, make);
    }

    /** Renders a template without the memo. */
    java.util.Optional<byte[]> render(String template, Map<String, Object> model, Problems problems) {
        return bytes(templates.render(template, model, problems));
    }

    private static java.util.Optional<byte[]> bytes(java.util.Optional<String> html) {
        return html.map(h -> h.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The user's templates folder as names, sizes and modification times: a key part for the memo. */
    private synchronized Object userTemplatesFingerprint() {
        if (fingerprint == null) {
            Path dir = templates.userDir();
            fingerprint = memo.shared(dir == null ? List.of() : Folders.listing(dir, Integer.MAX_VALUE, f -> true));
        }
        return fingerprint;
    }

    public List<SiteFile> render(PageInputs in, Problems problems) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(problems, "problems");
        templates.useMessages(messages != null ? messages : Messages.load(locale, templates.userDir(), templates.display(), problems));
        ThreadLocal<Views> perThread = ThreadLocal.withInitial(() -> new Views(locale));
        Views views = perThread.get();
        Portfolio p = in.portfolio();
        List<SiteFile> files = Collections.synchronizedList(new ArrayList<>());
        pdfLinked = in.published().contains(Addresses.reportPdf());
        Pages pages = new Pages(p, perThread, this, files, problems, in.published());
        // a card recurs on every index page listing its case study; with a memo (the preview) it is
        // kept for the next build too, as its key holds all it shows
        templates.fragments().use(memo == null ? new Fragments.PerBuild()
                : (key, make) -> memo.get(Key.of(Key.Kind.FRAGMENT, key, locale, userTemplatesFingerprint()),
                        new Problems(), own -> make.apply(key)));

        pages.home(in.introHtml(), headlines(p, views), views.charts(in.portfolioCharts()));
        p.caseStudies().parallelStream()
                .forEach(cs -> pages.caseStudy(cs, in.charts().get(cs.slug()), in.storyHtml().get(cs.slug())));
        pages.indexes();
        pages.awards(awardYears(p, views));
        for (FreePage fp : p.project().pages()) {
            pages.free(fp, in.pageHtml().getOrDefault(fp.slug(), ""));
        }
        pages.notFound();
        files.add(SiteFile.of(ACCENT, Accent.css(p.project().site().accent())));
        templates.fragments().use(new Fragments.PerBuild());
        List<SiteFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(SiteFile::path));
        return List.copyOf(sorted);
    }

    /**
     * The report as a printed book ({@code print.ftlh}, with {@code print.css} from the theme or
     * the project's templates): cover, contents and the parts the PDF composed from the pages.
     * Empty, with a located problem, when the template fails. Call after {@link #render}.
     *
     * @param book the book's model: {@code title}, {@code subject}, {@code funders},
     *             {@code address}, {@code overview} (HTML or empty), {@code chapters} and {@code pages}
     *             (each {@code id}, {@code title}, {@code html} and {@code sections} of {@code id} and {@code title})
     */
    public java.util.Optional<String> book(Portfolio p, Map<String, Object> book, Problems problems) {
        Map<String, Object> m = model(chrome(p, Addresses.home()));
        m.put("book", book);
        m.put("printCss", printCss());
        return templates.render("print.ftlh", m, problems);
    }

    private volatile String printCss;

    /** The print style sheet, the project's or the theme's, read once for all the report's PDFs. */
    private String printCss() {
        String css = printCss;
        if (css == null) {
            Path user = templates.userFile(PRINT_STYLE).orElse(null);
            try {
                css = new String(user != null ? java.nio.file.Files.readAllBytes(user) : themeBytes(PRINT_STYLE),
                        java.nio.charset.StandardCharsets.UTF_8).replace("</", "<\\/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            printCss = css;
        }
        return css;
    }

    /** The style sheet of the printed report, inside the PDF (not published on the site). */
    static final String PRINT_STYLE = "print.css";

    /** The theme's static files under {@code theme/}, each replaced by the user's file of the same name. */
    public List<SiteFile> themeFiles() {
        List<SiteFile> files = new ArrayList<>();
        for (String name : STATIC_FILES) {
            Path user = templates.userFile(name).orElse(null);
            files.add(user != null ? SiteFile.copy("theme/" + name, user)
                    : SiteFile.of("theme/" + name, themeBytes(name)));
        }
        return List.copyOf(files);
    }

    Locale locale() {
        return locale;
    }

    Templates templates() {
        return templates;
    }

    Chrome chrome(Portfolio p, String from) {
        SiteConfig site = p.project().site();
        String base = from.equals(Addresses.notFound()) ? Addresses.rootPath(site.baseUrl()) : "";
        List<Link> nav = new ArrayList<>();
        nav.add(navLink(base, from, Addresses.home(), "home"));
        nav.add(navLink(base, from, Addresses.themes(), "themes"));
        nav.add(navLink(base, from, Addresses.channels(), "channels"));
        nav.add(navLink(base, from, Addresses.countries(), "countries"));
        nav.add(navLink(base, from, Addresses.years(), "years"));
        nav.add(navLink(base, from, Addresses.awards(), "awards"));
        List<Link> pages = p.project().pages().stream()
                .map(fp -> navLink(base, from, Addresses.page(fp.slug()), fp.title())).toList();
        List<Link> funders = site.funders().stream()
                .map(f -> Link.of(f.url() == null ? "" : f.url(), f.name())).toList();
        String logo = site.logo() == null ? "" : href(base, from, site.logo());
        String style = href(base, from, STYLE);
        return new Chrome(locale.toLanguageTag(), site.title(), site.organization() == null ? "" : site.organization(),
                href(base, from, Addresses.home()), style, href(base, from, ACCENT), logo,
                nav, pages, funders, style.substring(0, style.length() - "style.css".length()), direction(locale),
                site.baseUrl() == null || from.equals(Addresses.notFound()) ? "" : Addresses.absolute(site.baseUrl(), from),
                reportDate == null ? "" : new DateFormats(locale).format(
                        PartialDate.ofDay(reportDate.getYear(), reportDate.getMonthValue(),
                                reportDate.getDayOfMonth())),
                pdfLinked ? href(base, from, Addresses.reportPdf()) : "");
    }

    /** Languages written from right to left. */
    private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "he", "iw", "fa", "ur", "ps", "sd",
            "ug", "yi", "dv", "ckb", "syr");

    /** {@code rtl} for a language written from right to left (Arabic, Hebrew, Persian, Urdu...), else {@code ltr}. */
    static String direction(java.util.Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    /** Relative to the page; on the 404 page, absolute under baseUrl when there is one (it is served at any depth). */
    static String href(String base, String from, String to) {
        if (!base.isEmpty()) {
            return base + Addresses.relative(Addresses.home(), to);
        }
        return Addresses.relative(from, to);
    }

    /** {@code text} is a key of words.ftlh's nav hash, or a free page's title. */
    private static Link navLink(String base, String from, String to, String text) {
        return new Link(href(base, from, to), text, from.equals(to));
    }

    static Map<String, Object> model(Chrome chrome) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chrome", chrome);
        return m;
    }

    /** The home page's totals; two entries for one metric and unit get distinct anchors. */
    private static List<Headline> headlines(Portfolio p, Views views) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<Headline> out = new ArrayList<>();
        for (var h : p.highlights()) {
            Headline v = views.headline(h, Addresses.home());
            String id = v.id();
            for (int n = 2; !ids.add(id); n++) {
                id = v.id() + "-" + n;
            }
            out.add(id.equals(v.id()) ? v : new Headline(id, v.qualifier(), v.figure(), v.name(), v.unit(), v.count(),
                    v.converted(), v.convertedDate(), v.base(), v.parts(), v.leftOut()));
        }
        return out;
    }

    private static List<AwardYear> awardYears(Portfolio p, Views views) {
        Map<String, List<AwardItem>> byYear = new LinkedHashMap<>();
        for (AwardEntry e : p.awards()) {
            String year = e.award().year() == null ? "" : e.award().year().toString();
            Link cs = Link.of(Addresses.relative(Addresses.awards(), Addresses.caseStudy(e.caseStudy().slug())),
                    e.caseStudy().title());
            byYear.computeIfAbsent(year, k -> new ArrayList<>()).add(views.award(e.award(), cs));
        }
        return byYear.entrySet().stream().map(e -> new AwardYear(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private byte[] themeBytes(String name) {
        try (InputStream in = PageRenderer.class.getResourceAsStream(Templates.THEME_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("theme file missing from the class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme file " + name, e);
        }
    }
}
