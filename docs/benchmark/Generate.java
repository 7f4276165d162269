import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the same synthetic portfolio four times: as an impact-site report project, as two Hugo
 * sites (plain pages: the story alone; the same pages: the report's pages, data files, feed and
 * sitemap without the charts) and as a JBake project of plain pages. Each case study has about 600 words of story, a table, five
 * metrics (one a 12-point series), an award, an outcome and a source. The text is drawn from a
 * fixed word list with a fixed seed, so every run writes the same bytes.
 *
 * <pre>java Generate.java N OUT_DIR PLUGIN_VERSION</pre>
 */
public class Generate {

    static final String[] WORDS = ("campaign video views followers volunteers partners village school water health "
            + "young women rights lawyers advice kindness online bullying creators story platform weibo tiktok douyin "
            + "reach audience message awareness community training clinic teachers parents children support report "
            + "results outcome impact month year week first second more than about local national public private "
            + "shared posted watched commented replied learned changed helped asked answered called joined").split(" ");
    static final String[] CHANNELS = {"TikTok", "Weibo", "WeChat", "Douyin", "Instagram"};
    static final String[] THEMES = {"health", "education", "gender equality", "water", "child rights", "kindness online"};
    static final String[] COUNTRIES = {"CN", "MY", "KE", "NL", "BR", "IN"};

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String version = args.length > 2 ? args[2] : "0.1.0-SNAPSHOT";
        impactProject(out.resolve("impact"), version);
        hugoProject(out.resolve("hugo"));
        hugoSamePages(out.resolve("hugo-same"));
        jbakeProject(out.resolve("jbake"));
        for (int i = 1; i <= n; i++) {
            CaseStudy cs = new CaseStudy(i);
            write(out.resolve("impact/src/impact/case-studies/" + cs.slug + ".md"), cs.impact());
            write(out.resolve("hugo/content/case-studies/" + cs.slug + ".md"), cs.hugo());
            write(out.resolve("hugo-same/content/case-studies/" + cs.slug + ".md"), cs.hugoSamePages());
            write(out.resolve("jbake/src/main/jbake/content/case-studies/" + cs.slug + ".md"), cs.jbake());
        }
    }

    static final class CaseStudy {
        final int i;
        final String slug;
        final String title;
        final Random r;
        final String story;
        final int year;
        final String frontMatter;

        CaseStudy(int i) {
            this.i = i;
            this.slug = String.format("cs-%05d", i);
            this.r = new Random(i * 7919L);
            this.title = "Campaign " + i + ": " + words(5);
            this.story = story();
            this.year = 2015 + i % 9;
            this.frontMatter = frontMatter();
        }

        String words(int count) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < count; k++) {
                sb.append(k == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            return sb.toString();
        }

        String sentence() {
            String s = words(8 + r.nextInt(12));
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        }

        /** About 600 words: headings, paragraphs, a list and a table. */
        String story() {
            StringBuilder md = new StringBuilder();
            int words = 0;
            int section = 0;
            while (words < 600) {
                md.append("## ").append(Character.toUpperCase(WORDS[section % WORDS.length].charAt(0)))
                        .append(WORDS[section % WORDS.length].substring(1)).append(' ').append(section + 1).append("\n\n");
                for (int p = 0; p < 3; p++) {
                    for (int s = 0; s < 4; s++) {
                        String sentence = sentence();
                        words += sentence.split(" ").length;
                        md.append(sentence).append(' ');
                    }
                    md.append("\n\n");
                }
                if (section == 1) {
                    md.append("| Month | Posts | Views |\n|---|---:|---:|\n");
                    for (int m = 1; m <= 6; m++) {
                        md.append("| ").append(m).append(" | ").append(10 + r.nextInt(90)).append(" | ")
                                .append(1000 + r.nextInt(90000)).append(" |\n");
                    }
                    md.append('\n');
                }
                section++;
            }
            return md.toString();
        }

        /** The case study's front matter after its title, without the closing line. */
        String frontMatter() {
            StringBuilder y = new StringBuilder();
            y.append("summary: \"").append(sentence()).append("\"\n");
            y.append("organization: Example Foundation\n");
            y.append("country: ").append(COUNTRIES[i % COUNTRIES.length]).append('\n');
            y.append("period: {start: ").append(year).append("-01, end: ").append(year).append("-12}\n");
            y.append("channels: [").append(CHANNELS[i % CHANNELS.length]).append(", ").append(CHANNELS[(i + 1) % CHANNELS.length]).append("]\n");
            y.append("themes: [").append(THEMES[i % THEMES.length]).append("]\n");
            y.append("metrics:\n");
            y.append("  - {id: views, label: Views of the videos, value: ").append(100000 + r.nextInt(900000))
                    .append(", unit: views, level: output, source: report}\n");
            y.append("  - {id: comments, label: Comments, value: ").append(1000 + r.nextInt(9000))
                    .append(", unit: comments, level: output, source: report}\n");
            y.append("  - {id: shares, label: Shares, value: ").append(500 + r.nextInt(5000))
                    .append(", unit: shares, level: output, source: report}\n");
            y.append("  - {id: referrals, label: People referred to services, value: ").append(10 + r.nextInt(400))
                    .append(", target: 500, unit: people, level: outcome, source: report}\n");
            y.append("  - id: followers\n    label: Followers\n    unit: followers\n    level: output\n    source: report\n    series:\n");
            int f = 1000 + r.nextInt(1000);
            for (int m = 1; m <= 12; m++) {
                f += r.nextInt(2000);
                y.append("      - {date: ").append(year).append('-').append(String.format("%02d", m)).append(", value: ").append(f).append("}\n");
            }
            y.append("outcomes:\n  - {text: \"").append(sentence()).append("\", level: outcome, metric: referrals}\n");
            y.append("awards:\n  - {title: Best campaign, by: Example Awards, year: ").append(year).append(", rank: winner}\n");
            y.append("sources:\n  - {id: report, title: Annual report ").append(year).append(", publisher: Example Foundation, url: \"https://example.org/report/")
                    .append(year).append("\"}\n");
            return y.toString();
        }

        String impact() {
            return "---\ntitle: \"" + title + "\"\n" + frontMatter + "---\n" + story;
        }

        /** The same front matter, with a date and the country and year as lists for Hugo's taxonomies. */
        String hugoSamePages() {
            return "---\ntitle: \"" + title + "\"\ndate: " + year + "-06-01\ncountries: [" + COUNTRIES[i % COUNTRIES.length]
                    + "]\nyears: [" + year + "]\n" + frontMatter + "---\n" + story;
        }

        String hugo() {
            return "---\ntitle: \"" + title + "\"\ndate: " + (2015 + i % 9) + "-06-01\n---\n" + story;
        }

        String jbake() {
            return "title=" + title + "\ndate=" + (2015 + i % 9) + "-06-01\ntype=post\nstatus=published\n~~~~~~\n\n" + story;
        }
    }

    static void impactProject(Path dir, String version) throws IOException {
        write(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.impactsite.benchmark</groupId>
                  <artifactId>impact</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.impactsite</groupId>
                        <artifactId>impact-site-maven-plugin</artifactId>
                        <version>VERSION</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.replace("VERSION", version));
        write(dir.resolve("src/impact/site.yaml"), """
                title: Benchmark portfolio
                organization: Example Foundation
                baseUrl: https://impact.example.org/
                language: en
                highlights: [views, referrals]
                """);
    }

    static void hugoProject(Path dir) throws IOException {
        write(dir.resolve("hugo.toml"), """
                baseURL = "https://impact.example.org/"
                title = "Benchmark portfolio"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
                """);
        write(dir.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(dir.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
                """);
        write(dir.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                """);
    }

    /**
     * A Hugo site that makes the pages the report makes, without the charts: the home page with
     * the summed headline numbers and a card per case study, a page per case study (summary, key
     * numbers, the series as a table, outcomes, awards, story, sources) with its data as JSON
     * and CSV, an index page per theme, channel, country and year, an awards page, the
     * portfolio's data as JSON and CSV, a feed, a sitemap, robots.txt and a 404 page.
     */
    static void hugoSamePages(Path dir) throws IOException {
        write(dir.resolve("hugo.toml"), """
                baseURL = "https://impact.example.org/"
                title = "Benchmark portfolio"
                enableRobotsTXT = true
                [taxonomies]
                  theme = "themes"
                  channel = "channels"
                  country = "countries"
                  year = "years"
                [outputs]
                  home = ["HTML", "RSS", "JSON", "CSV"]
                  page = ["HTML", "JSON", "CSV"]
                  section = ["HTML"]
                  taxonomy = ["HTML"]
                  term = ["HTML"]
                """);
        write(dir.resolve("content/awards.md"), """
                ---
                title: Awards
                layout: awards
                outputs: [HTML]
                ---
                """);
        write(dir.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title>
                <meta property="og:title" content="{{ .Title }}"><meta property="og:description" content="{{ .Params.summary }}">
                <link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | relURL }}"></head>
                <body><header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a>
                <nav>{{ range $name, $terms := .Site.Taxonomies }}<a href="{{ $name | relURL }}">{{ $name }}</a> {{ end }}<a href="{{ "awards/" | relURL }}">Awards</a></nav></header>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(dir.resolve("layouts/partials/card.html"), """
                <li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p>
                <p>{{ .Params.country }} · {{ delimit (.Params.channels | default slice) ", " }}</p>
                {{ range first 1 (.Params.metrics | default slice) }}<p>{{ lang.FormatNumber 0 .value }} {{ .unit }}</p>{{ end }}</li>
                """);
        write(dir.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1>
                {{ $pages := where .Site.RegularPages "Section" "case-studies" }}{{ $views := 0 }}{{ $referred := 0 }}
                {{ range $pages }}{{ range .Params.metrics }}{{ if eq .id "views" }}{{ $views = add $views .value }}{{ end }}{{ if eq .id "referrals" }}{{ $referred = add $referred .value }}{{ end }}{{ end }}{{ end }}
                <p>{{ lang.FormatNumber 0 $views }} views · {{ lang.FormatNumber 0 $referred }} people referred</p>
                <ul>{{ range $pages }}{{ partial "card.html" . }}{{ end }}</ul>{{ end }}
                """);
        write(dir.resolve("layouts/index.json"), """
                [{{ range $i, $p := where .Site.RegularPages "Section" "case-studies" }}{{ if $i }},{{ end }}{{ dict "title" $p.Title "country" $p.Params.country "metrics" $p.Params.metrics | jsonify }}{{ end }}]
                """);
        write(dir.resolve("layouts/index.csv"), """
                case_study,metric,value,unit
                {{ range where .Site.RegularPages "Section" "case-studies" }}{{ $slug := .File.ContentBaseName }}{{ range .Params.metrics }}{{ if .value }}{{ $slug }},{{ .id }},{{ .value }},{{ .unit }}
                {{ end }}{{ end }}{{ end }}""");
        write(dir.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
                <table><thead><tr><th>Metric</th><th>Value</th><th>Target</th></tr></thead><tbody>
                {{ range .Params.metrics }}{{ if .value }}<tr><td>{{ .label }}</td><td>{{ lang.FormatNumber 0 .value }} {{ .unit }}</td><td>{{ with .target }}{{ lang.FormatNumber 0 . }}{{ end }}</td></tr>{{ end }}{{ end }}
                </tbody></table>
                {{ range .Params.metrics }}{{ with .series }}<table><caption>{{ $.Title }}</caption><tr><th>Month</th><th>Value</th></tr>{{ range . }}<tr><td>{{ .date }}</td><td>{{ lang.FormatNumber 0 .value }}</td></tr>{{ end }}</table>{{ end }}{{ end }}
                <h2>Outcomes</h2><ul>{{ range .Params.outcomes }}<li>{{ .text }} ({{ .level }})</li>{{ end }}</ul>
                <h2>Awards</h2><ul>{{ range .Params.awards }}<li>{{ .title }}, {{ .by }}, {{ .year }}</li>{{ end }}</ul>
                {{ .Content }}
                <h2>Sources</h2><ol>{{ range .Params.sources }}<li><a href="{{ .url }}">{{ .title }}</a>, {{ .publisher }}</li>{{ end }}</ol>
                <p><a href="index.json">JSON</a> · <a href="index.csv">CSV</a></p></article>{{ end }}
                """);
        write(dir.resolve("layouts/_default/single.json"), """
                {{ dict "title" .Title "summary" .Params.summary "metrics" .Params.metrics "outcomes" .Params.outcomes "awards" .Params.awards "sources" .Params.sources | jsonify }}
                """);
        write(dir.resolve("layouts/_default/single.csv"), """
                metric,date,value,unit
                {{ range .Params.metrics }}{{ $m := . }}{{ if .value }}{{ .id }},,{{ .value }},{{ .unit }}
                {{ end }}{{ range .series }}{{ $m.id }},{{ .date }},{{ .value }},{{ $m.unit }}
                {{ end }}{{ end }}""");
        write(dir.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}{{ partial "card.html" . }}{{ end }}</ul>{{ end }}
                """);
        write(dir.resolve("layouts/_default/awards.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range where .Site.RegularPages "Section" "case-studies" }}{{ $p := . }}{{ range .Params.awards }}<li>{{ .year }}: {{ .title }}, {{ .by }}, for <a href="{{ $p.RelPermalink }}">{{ $p.Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
                """);
        write(dir.resolve("layouts/404.html"), """
                {{ define "main" }}<h1>Page not found</h1><p><a href="{{ "" | relURL }}">Home</a></p>{{ end }}
                """);
    }

    static void jbakeProject(Path dir) throws IOException {
        write(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.impactsite.benchmark</groupId>
                  <artifactId>jbake</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.jbake</groupId>
                        <artifactId>jbake-maven-plugin</artifactId>
                        <version>2.7.0-rc.7</version>
                        <dependencies>
                          <dependency>
                            <groupId>org.jbake</groupId>
                            <artifactId>jbake-core</artifactId>
                            <version>2.7.0</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """);
        write(dir.resolve("src/main/jbake/jbake.properties"), """
                site.host=https://impact.example.org
                render.index=true
                render.feed=false
                render.archive=false
                render.tags=false
                render.sitemap=false
                markdown.extensions=TABLES
                template.index.file=index.ftl
                template.post.file=post.ftl
                template.page.file=post.ftl
                """);
        write(dir.resolve("src/main/jbake/templates/post.ftl"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${content.title}</title></head>
                <body><main><article><h1>${content.title}</h1>${content.body}</article></main></body></html>
                """);
        write(dir.resolve("src/main/jbake/templates/index.ftl"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Benchmark portfolio</title></head>
                <body><main><h1>Benchmark portfolio</h1><ul><#list published_posts as post><li><a href="${post.uri}">${post.title}</a></li></#list></ul></main></body></html>
                """);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
