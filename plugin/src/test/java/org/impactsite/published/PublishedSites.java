package org.impactsite.published;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.impactsite.BuildResult;
import org.impactsite.BuildSettings;
import org.impactsite.ImpactBuild;
import org.impactsite.TestFiles;

/**
 * The reports the published-site tests look at, each built once per test run under
 * {@code target/published-sites/}: the example report, and a richer portfolio (Chinese text,
 * a very long title, many metrics of every chart type, a story-only case study, a free page).
 */
final class PublishedSites {

    static final Path ROOT = Path.of("target/published-sites");

    private static Map<String, Path> built;

    private PublishedSites() {
    }

    /** Site folders by name ("example", "portfolio"), built on first use. */
    static synchronized Map<String, Path> all() {
        if (built == null) {
            try {
                // built afresh each run: a report left by an earlier run is not this run's
                TestFiles.deleteTree(ROOT);
                Map<String, Path> sites = new TreeMap<>();
                sites.put("example", build("example", Path.of("../example-site/src")));
                Path portfolio = copy(Path.of("src/test/resources/build/portfolio/src"), ROOT.resolve("portfolio-src/src"));
                Files.writeString(portfolio.resolve("impact/case-studies/many-metrics.md"), manyMetrics());
                Files.writeString(portfolio.resolve("impact/case-studies/one-figure.md"), oneFigure());
                sites.put("portfolio", build("portfolio", portfolio));
                built = sites;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    /** Every HTML page of a site, as paths relative to it, sorted. */
    static List<String> pages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build(String name, Path src) throws IOException {
        Path project = src.getParent();
        if (!src.startsWith(ROOT)) {
            project = ROOT.resolve(name + "-src");
            copy(src, project.resolve("src"));
        }
        Path out = project.resolve("target/impact-site");
        // the example's pom dates the report; the other report is built without a date
        String timestamp = name.equals("example") ? "2026-11-22T00:00:00Z" : null;
        BuildResult result = new ImpactBuild(BuildSettings.of(project, true).withOutput(out).withOutputTimestamp(timestamp)).run();
        if (!result.written()) {
            throw new IllegalStateException(name + " did not build: " + result.problems().all());
        }
        return out;
    }

    private static Path copy(Path from, Path to) throws IOException {
        return TestFiles.copyTree(from, to);
    }

    /** A case study of one figure, a long one, labelled in Chinese, beside a platform-wide context figure. */
    private static String oneFigure() {
        return "---\n"
                + "title: 抖音上的一段视频 A single video on Douyin\n"
                + "summary: 一个数字，很大。One figure, and a large one.\n"
                + "period: 2022-03\nchannels: [Douyin]\n"
                + "metrics:\n"
                + "  - {id: views, label: 视频观看次数 Views of the video, value: 2000000000, qualifier: more than, unit: views, "
                + "level: output, channel: Douyin, source: s}\n"
                + "  - {id: platform, label: 全平台话题播放量 Views of the hashtag on the whole platform, value: 400000000000, "
                + "qualifier: more than, unit: views, level: context, source: s}\n"
                + "sources:\n  - {id: s, title: 平台公告 Platform announcement, publisher: Douyin}\n"
                + "---\n一段视频。A video.\n";
    }

    /** A case study with a very long title and a metric for every kind of chart. */
    private static String manyMetrics() {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: \"Ein außerordentlich langer Titel: Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen ")
                .append("und 乡村供水点的社区宣传活动在微博和抖音上的长期效果评估 across twelve provinces\"\n");
        md.append("summary: Many figures of every kind, to check that cards, tiles and charts hold together.\n");
        md.append("organization: Friends of Water\ncountry: KE\nperiod: {start: 2019-01, end: 2023-06}\n");
        md.append("channels: [TikTok, Weibo, WeChat, Douyin, Instagram]\nthemes: [water, health, gender]\nsdgs: [3, 5, 6]\n");
        md.append("metrics:\n");
        List<String> metrics = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            metrics.add("  - {id: views-" + i + ", label: \"Views of video " + i + " with a label that goes on and on\", value: "
                    + (i * 123457) + ", unit: views, channel: " + (i % 2 == 0 ? "TikTok" : "Weibo") + ", source: s}\n");
        }
        metrics.add("  - {id: followers, label: Followers, unit: followers, source: s, series: [{date: 2019-01, value: 1000}, "
                + "{date: 2020-01, value: 25000}, {date: 2021-01, value: 90000}, {date: 2023-06, value: 2700000}]}\n");
        metrics.add("  - {id: wells, label: Wells dug, value: 340, target: 500, unit: wells, source: s}\n");
        metrics.add("  - {id: handwashing, label: Households washing hands, value: 71, baseline: 38, unit: households, source: s}\n");
        metrics.add("  - {id: reached, label: People reached, value: 50000, unit: people, source: s}\n");
        metrics.add("  - {id: engaged, label: People engaged, value: 12000, unit: people, source: s}\n");
        metrics.add("  - {id: impressions, label: Impressions, value: 999999999999999, unit: impressions, source: s}\n");
        metrics.add("  - {id: acted, label: People who acted, value: 3000, unit: people, source: s}\n");
        metrics.forEach(md::append);
        md.append("charts:\n  - {type: funnel, title: From reach to action, metrics: [reached, engaged, acted]}\n");
        md.append("  - {type: bar, title: Views of each video, metrics: [views-1, views-2, views-3, views-4, views-5, views-6, views-7, views-8]}\n");
        md.append("  - {type: line, title: Followers over time, metrics: [followers]}\n");
        md.append("  - {type: progress, title: Wells against the target, metrics: [wells]}\n");
        md.append("  - {type: before-after, title: Hand-washing before and after, metrics: [handwashing]}\n");
        md.append("  - {type: share, title: Share of views by video, metrics: [views-1, views-2, views-3, views-4]}\n");
        md.append("outcomes:\n  - {text: Households wash hands more often., level: outcome, metric: handwashing}\n");
        md.append("sources:\n  - {id: s, title: Programme monitoring data, publisher: Friends of Water, url: \"https://water.example.org/data?year=2023&kind=all\"}\n");
        md.append("---\n## What happened\n\nA long story with a table:\n\n| Province | Wells |\n|---|---:|\n| A | 120 |\n| B | 220 |\n");
        // HTML left open, and headings whose ids would repeat: the page must still be valid
        md.append("\n<div><span>a tag left <b>open\n\n## Intro\n\nText.[^1]\n\n## Intro\n\n## Intro 1\n\n## Fn 1\n\n[^1]: A note.\n");
        return md.toString();
    }
}
