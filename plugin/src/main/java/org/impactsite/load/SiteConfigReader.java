package org.impactsite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.impactsite.figures.Units;
import org.impactsite.model.Currencies;
import org.impactsite.model.Funder;
import org.impactsite.model.HighlightSpec;
import org.impactsite.model.IatiSettings;
import org.impactsite.model.PartialDate;
import org.impactsite.problem.Location;
import org.impactsite.model.Markdown;
import org.impactsite.model.SiteConfig;
import org.impactsite.problem.Problems;
import org.impactsite.validate.Colours;
import org.impactsite.validate.IatiCodes;
import org.impactsite.validate.Identifiers;
import org.impactsite.validate.BaseAddresses;
import org.impactsite.validate.KeySchema;
import org.impactsite.validate.LanguageTags;
import org.impactsite.validate.Located;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** {@code site.yaml}: the report-wide settings. */
final class SiteConfigReader {

    /** The title used while {@code site.yaml} is missing or has no title (an error is reported). */
    static final String FALLBACK_TITLE = "Impact report";

    /**
     * The settings and the highlights as written, for the check against the case studies' metrics.
     */
    record Read(SiteConfig config, List<Located<HighlightSpec>> highlights) {
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
        List<Located<HighlightSpec>> highlights = highlights(t);
        SiteConfig config = new SiteConfig(title == null ? FALLBACK_TITLE : title, t.text("organization"), baseUrl(t),
                language(t), intro(t, file), logo(t), highlights.stream().map(Located::value).distinct().toList(),
                funders(t), accent(t), currencies(t), iati(t));
        return new Read(config, highlights);
    }

    private static String baseUrl(YamlMap t) {
        String url = t.text("baseUrl");
        if (url == null) {
            return "";
        }
        Optional<String> problem = BaseAddresses.problemWith(url);
        if (problem.isPresent()) {
            t.problem("baseUrl", "baseUrl " + problem.get(), BaseAddresses.hint());
            return "";
        }
        return BaseAddresses.canonical(url);
    }

    private static String language(YamlMap t) {
        String tag = t.text("language");
        if (tag == null) {
            return "en";
        }
        Optional<String> canonical = LanguageTags.canonical(tag);
        if (canonical.isEmpty()) {
            t.problem("language", "language " + LanguageTags.refusal(tag), LanguageTags.hint(tag, s -> "write language: " + s));
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

    /** Each entry is a metric id, or {@code {metric: id, label: ..., unit: ...}}. */
    private static List<Located<HighlightSpec>> highlights(YamlMap t) {
        List<Located<HighlightSpec>> out = new ArrayList<>();
        for (YamlMap.Item item : t.items("highlights")) {
            Location at = t.doc().at(item.node());
            if (item.node() instanceof ScalarNode s) {
                String id = s.getValue().strip();
                if (id.isEmpty()) {
                    continue;
                }
                if (metricId(id, at, t.doc().problems())) {
                    out.add(new Located<>(HighlightSpec.of(id), at));
                }
                continue;
            }
            Optional<YamlMap> entry = YamlMap.of(t.doc(), item.name(), item.node(), KeySchema.HIGHLIGHT);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMap h = entry.get();
            String id = h.requiredText("metric", "name the metric to add up: metric: views");
            String label = h.text("label");
            String unit = h.text("unit");
            if (unit != null) {
                CurrencyUnits.check(unit, h.at("unit"), h.doc().problems());
            }
            if (id != null && metricId(id, h.at("metric"), t.doc().problems())) {
                out.add(new Located<>(new HighlightSpec(id, label, unit), at));
            }
        }
        return out;
    }

    private static boolean metricId(String id, Location at, Problems problems) {
        if (Identifiers.isSimpleId(id)) {
            return true;
        }
        problems.error(at, "highlights names \"" + id + "\", which is not a metric id",
                "list the ids of metrics (id: in each metric), such as highlights: [views, followers], "
                        + "or an entry such as - {metric: views, label: Video views, unit: views}");
        return false;
    }

    /** {@code currencies}: a base, rates into it, their source and date; null when absent or wrong (reported). */
    private static Currencies currencies(YamlMap t) {
        Optional<YamlMap> c = t.map("currencies", KeySchema.CURRENCIES);
        if (c.isEmpty()) {
            return null;
        }
        YamlMap m = c.get();
        String base = m.requiredText("base", "name the currency totals are converted into: base: USD");
        String source = m.requiredText("source", "say where the rates come from, so the report can name it: "
                + "source: Central bank reference rates");
        PartialDate date = YamlValues.date(m, "date");
        if (date == null && !m.hasKey("date")) {
            m.problem("date", m.name("date") + " is missing",
                    "say which day the rates are for, so the report can name it: date: 2024-12-31");
        }
        boolean ok = base != null && source != null && date != null;
        if (base != null && !Units.isCurrency(base)) {
            m.problem("base", m.name("base") + " must be an ISO 4217 currency code, got \"" + base + "\"",
                    Units.codeFor(base).map(code -> "write " + code).orElse("such as USD, EUR or CNY"));
            ok = false;
        }
        Map<String, BigDecimal> rates = new TreeMap<>();
        Optional<Node> node = m.get("rates");
        if (node.isEmpty()) {
            m.problem("rates", m.name("rates") + " is missing",
                    "give what one unit of each currency is worth in the base: rates: {CNY: 0.138, MYR: 0.224}");
            ok = false;
        } else if (!(node.get() instanceof MappingNode map)) {
            m.problem("rates", m.name("rates") + " must be a group of currency codes and rates, got "
                    + YamlMap.describe(node.get()), "write rates: {CNY: 0.138, MYR: 0.224}");
            ok = false;
        } else {
            for (NodeTuple e : map.getValue()) {
                String code = e.getKeyNode() instanceof ScalarNode k ? k.getValue().strip() : "";
                Location at = m.doc().at(e.getKeyNode());
                if (!Units.isCurrency(code) || !code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
                    m.doc().problems().error(at, m.name("rates") + " names \"" + code + "\", which is not an ISO 4217 "
                            + "currency code", Units.codeFor(code).map(x -> "write " + x)
                            .orElse(Units.isCurrency(code) ? "write it in capitals: "
                                    + code.toUpperCase(java.util.Locale.ROOT) : "such as CNY, EUR or MYR"));
                    ok = false;
                    continue;
                }
                HumanNumber rate = YamlValues.number(m.doc(), e.getValueNode(), m.name("rates") + "." + code, false);
                if (rate == null) {
                    ok = false;
                } else if (rate.value().signum() <= 0) {
                    m.doc().error(e.getValueNode(), m.name("rates") + "." + code + " must be more than 0",
                            "write what one " + code + " is worth in " + (base == null ? "the base" : base));
                    ok = false;
                } else {
                    rates.put(code, rate.value());
                }
            }
        }
        return ok ? new Currencies(base.toUpperCase(java.util.Locale.ROOT), rates, source, date) : null;
    }

    /** {@code iati}: the reporting organisation and the activities' prefix; null when absent or wrong (reported). */
    private static IatiSettings iati(YamlMap t) {
        Optional<YamlMap> i = t.map("iati", KeySchema.IATI);
        if (i.isEmpty()) {
            return null;
        }
        YamlMap m = i.get();
        String prefix = m.requiredText("activityPrefix", "say what each activity's identifier starts with, usually the "
                + "organisation identifier and a hyphen: activityPrefix: NL-KVK-41215422-");
        Optional<YamlMap> org = m.map("reportingOrg", KeySchema.IATI_ORG);
        if (org.isEmpty()) {
            if (!m.hasKey("reportingOrg") || m.get("reportingOrg").isEmpty()) {
                m.problem("reportingOrg", m.name("reportingOrg") + " is missing", "name the organisation that reports to IATI: "
                        + "reportingOrg: {ref: NL-KVK-41215422, type: 21, name: RNW Media}");
            }
            return null;
        }
        YamlMap o = org.get();
        String ref = o.requiredText("ref", "give the organisation's IATI identifier: ref: NL-KVK-41215422");
        String type = o.requiredText("type", "give its IATI organisation type: type: 21 (international NGO)");
        boolean ok = ref != null && type != null && prefix != null;
        if (ref != null && !IatiCodes.isIdentifier(ref)) {
            o.problem("ref", o.name("ref") + " must be an IATI identifier without spaces or / & | ?, got \"" + ref + "\"",
                    "write it as registered with IATI, such as NL-KVK-41215422");
            ok = false;
        }
        if (type != null && !IatiCodes.ORGANISATION_TYPES.containsKey(type)) {
            o.problem("type", o.name("type") + " must be an IATI organisation type code, got \"" + type + "\"",
                    "one of " + IatiCodes.organisationTypeList());
            ok = false;
        }
        if (prefix != null && !IatiCodes.isIdentifier(prefix)) {
            m.problem("activityPrefix", m.name("activityPrefix") + " must be written without spaces or / & | ?, got \""
                    + prefix + "\"", "such as NL-KVK-41215422-");
            ok = false;
        } else if (prefix != null && ref != null && !prefix.startsWith(ref)) {
            m.doc().problems().warning(m.at("activityPrefix"), m.name("activityPrefix") + " \"" + prefix
                    + "\" does not start with the reporting organisation's identifier " + ref
                    + ", as IATI asks of activity identifiers", "write activityPrefix: " + ref + "-");
        }
        return ok ? new IatiSettings(ref, type, o.text("name"), prefix) : null;
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
