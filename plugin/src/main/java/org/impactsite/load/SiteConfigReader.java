package org.impactsite.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.impactsite.model.Funder;
import org.impactsite.model.Markdown;
import org.impactsite.model.SiteConfig;
import org.impactsite.problem.Problems;
import org.impactsite.validate.Colours;
import org.impactsite.validate.Identifiers;
import org.impactsite.validate.KeySchema;
import org.impactsite.validate.LanguageTags;
import org.impactsite.validate.Located;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** {@code site.yaml}: the report-wide settings. */
final class SiteConfigReader {

    /** The title used while {@code site.yaml} is missing or has no title (an error is reported). */
    static final String FALLBACK_TITLE = "Impact report";

    /**
     * The settings and the highlights as written, for the check against the case studies' metrics.
     */
    record Read(SiteConfig config, List<Located<String>> highlights) {
    }

    private final ProjectPaths paths;

    SiteConfigReader(ProjectPaths paths) {
        this.paths = paths;
    }

    static SiteConfig defaults() {
        return new SiteConfig(FALLBACK_TITLE, null, "", "en", null, null, List.of(), List.of(),
                SiteConfig.DEFAULT_ACCENT);
    }

    Read read(SourceText file, Problems problems) {
        YamlDoc doc = new YamlDoc(file.displayPath(), 1, file.at(1, 1), problems);
        Optional<YamlMap> top = YamlParser.parse(file.text(), doc).flatMap(n -> YamlMap.of(doc, "", n, KeySchema.SITE));
        if (top.isEmpty()) {
            return new Read(defaults(), List.of());
        }
        YamlMap t = top.get();
        String title = t.requiredText("title", "name the report: title: \"Voices for change: impact report 2011-2021\"");
        List<Located<String>> highlights = highlights(t);
        SiteConfig config = new SiteConfig(title == null ? FALLBACK_TITLE : title, t.text("organization"), baseUrl(t),
                language(t), intro(t, file), logo(t), highlights.stream().map(Located::value).distinct().toList(),
                funders(t), accent(t));
        return new Read(config, highlights);
    }

    private static String baseUrl(YamlMap t) {
        String url = PartsReader.url(t, "baseUrl");
        if (url == null) {
            return "";
        }
        URI uri = URI.create(url.strip());
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            t.problem("baseUrl", "baseUrl cannot have a ? or # part, got \"" + url + "\"",
                    "write the address of the folder the report is published in: https://impact.example.org/");
            return "";
        }
        String s = uri.toString();
        return s.endsWith("/") ? s : s + "/";
    }

    private static String language(YamlMap t) {
        String tag = t.text("language");
        if (tag == null) {
            return "en";
        }
        Optional<String> canonical = LanguageTags.canonical(tag);
        if (canonical.isEmpty()) {
            t.problem("language", "language must be a language tag such as en, fr or zh-CN, got \"" + tag + "\"",
                    LanguageTags.suggest(tag).map(s -> "write language: " + s)
                            .orElse("use a BCP 47 tag: a two-letter language code, optionally a region (pt-BR)"));
            return "en";
        }
        return canonical.get();
    }

    /** The intro as Markdown starting at its real line: the line after {@code |} or {@code >} for a block. */
    private static Markdown intro(YamlMap t, SourceText file) {
        Optional<Node> node = t.get("intro");
        if (node.isEmpty()) {
            return null;
        }
        if (!(node.get() instanceof ScalarNode s)) {
            t.problem("intro", "intro must be text, got " + YamlMap.describe(node.get()),
                    "write intro: | and the Markdown text on the lines below, indented");
            return null;
        }
        if (s.getValue().isBlank()) {
            return null;
        }
        boolean block = s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED;
        int line = t.at("intro").line() + (block ? 1 : 0);
        return new Markdown(s.getValue(), file.file(), file.displayPath(), line);
    }

    private String logo(YamlMap t) {
        String logo = t.text("logo");
        if (logo == null) {
            return null;
        }
        ProjectPaths.Resolution r = paths.resolve(paths.sourceRoot(), logo);
        if (!r.ok()) {
            t.problem("logo", "logo: " + r.reason(), r.missing()
                    ? "the path is relative to the source folder: logo: assets/logo.svg"
                    : "put the logo inside the source folder, in assets/");
            return null;
        }
        return paths.sourceRoot().relativize(r.file()).toString().replace('\\', '/');
    }

    private static List<Located<String>> highlights(YamlMap t) {
        List<Located<String>> out = new ArrayList<>();
        for (Located<String> id : t.texts("highlights")) {
            if (Identifiers.isSimpleId(id.value())) {
                out.add(id);
            } else {
                t.doc().problems().error(id.at(), "highlights names \"" + id.value() + "\", which is not a metric id",
                        "list the ids of metrics (id: in each metric), such as highlights: [views, followers]");
            }
        }
        return out;
    }

    private static List<Funder> funders(YamlMap t) {
        List<Funder> out = new ArrayList<>();
        for (YamlMap f : t.maps("funders", KeySchema.FUNDER)) {
            String name = f.requiredText("name", "write the funder's name: name: EuropeAid");
            String url = PartsReader.url(f, "url");
            if (name != null) {
                out.add(new Funder(name, url));
            }
        }
        return out;
    }

    private static String accent(YamlMap t) {
        Optional<YamlMap> theme = t.map("theme", KeySchema.THEME);
        if (theme.isEmpty() || !theme.get().hasKey("accent")) {
            return SiteConfig.DEFAULT_ACCENT;
        }
        YamlMap th = theme.get();
        String accent = th.text("accent");
        if (accent == null) {
            th.problem("accent", "theme.accent is empty",
                    "in YAML, # starts a comment: put the colour in quotes, accent: \"#b0306a\"");
            return SiteConfig.DEFAULT_ACCENT;
        }
        Optional<String> colour = Colours.normalise(accent);
        if (colour.isEmpty()) {
            th.problem("accent", "theme.accent must be a colour written #rrggbb, got \"" + accent + "\"",
                    Colours.hintFor(accent));
            return SiteConfig.DEFAULT_ACCENT;
        }
        return colour.get();
    }
}
