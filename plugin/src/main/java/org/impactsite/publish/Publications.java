package org.impactsite.publish;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.impactsite.model.CaseStudy;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.Addresses;
import org.impactsite.plan.SiteFile;
import org.impactsite.reuse.Memo;
import org.impactsite.problem.Problems;
import org.impactsite.reuse.Key;
import org.impactsite.validate.Schemas;

/**
 * The machine-readable files of a report. Those made from the project alone come first, so the
 * pages can link to exactly what exists; the sitemap and robots.txt are made last, from the
 * finished list of pages.
 */
public final class Publications {

    private Publications() {
    }

    /** Whether a site path is one of the open-data files (a case study's or the portfolio's). */
    public static boolean isOpenData(String path) {
        return path.equals(Addresses.portfolioJson()) || path.equals(Addresses.portfolioCsv())
                || path.equals(Addresses.iatiActivities())
                || path.startsWith("case-studies/") && (path.endsWith("/data.json") || path.endsWith("/data.csv"));
    }

    /**
     * Open data for each case study and for the portfolio, the search index, the JSON Schemas,
     * and the Atom feed
     * when the site has a {@code baseUrl}.
     *
     * @param buildTime {@code project.build.outputTimestamp}, null when not set
     */
    public static List<SiteFile> fromProject(Project project, Instant buildTime) {
        return fromProject(project, buildTime, null, null, f -> f);
    }

    /**
     * @param memo     reuses each case study's data files when the case study (the same object:
     *                 loaders hand out the same case study for an unchanged file) and the site's
     *                 address are unchanged; null for none
     * @param problems where a memo reports (nothing is reported here); null without a memo
     * @param keep     takes each file as soon as it is made (to write it to disk and let its
     *                 bytes go) and gives back the file to list; without a memo only
     */
    public static List<SiteFile> fromProject(Project project, Instant buildTime, Memo memo,
            Problems problems, java.util.function.UnaryOperator<SiteFile> keep) {
        SiteConfig site = project.site();
        List<CaseStudyData> data = project.caseStudies().parallelStream().map(cs -> {
            java.util.function.Function<Problems, CaseStudyData> make = p -> CaseStudyData.of(cs, site);
            return memo == null ? make.apply(null).kept(keep)
                    : memo.get(Key.of(Key.Kind.OPEN_DATA, new Memo.Same(cs), site.baseUrl()), problems, make);
        }).toList();
        List<SiteFile> files = new ArrayList<>();
        for (CaseStudyData d : data) {
            files.add(d.jsonFile());
            files.add(d.csvFile());
        }
        files.add(keep.apply(SiteFile.of(Addresses.portfolioJson(), OpenData.portfolioJson(project, data.stream().map(CaseStudyData::json).toList()))));
        files.add(keep.apply(SiteFile.of(Addresses.portfolioCsv(), OpenData.portfolioCsv(data.stream().map(CaseStudyData::csv).toList(),
                OpenData.headlines(project)))));
        files.add(keep.apply(SiteFile.of(SearchIndex.PATH, SearchIndex.of(project))));
        for (String schema : Schemas.ALL) {
            files.add(keep.apply(SiteFile.of("schema/" + schema, Schemas.published(schema, site.baseUrl()))));
        }
        if (site.iati() != null) {
            files.add(keep.apply(SiteFile.of(Addresses.iatiActivities(), IatiActivities.of(project, buildTime))));
        }
        if (!site.baseUrl().isEmpty()) {
            files.add(keep.apply(SiteFile.of(AtomFeed.PATH, AtomFeed.of(project, buildTime))));
        }
        return files;
    }

    /** A case study's open data as text (for the portfolio's files) and as its two files. */
    private record CaseStudyData(String json, String csv, SiteFile jsonFile, SiteFile csvFile) {
        static CaseStudyData of(CaseStudy cs, SiteConfig site) {
            String json = OpenData.caseStudyJson(cs, site);
            String csv = OpenData.caseStudyCsv(cs);
            return new CaseStudyData(json, csv, SiteFile.of(Addresses.caseStudyJson(cs.slug()), json), SiteFile.of(Addresses.caseStudyCsv(cs.slug()), csv));
        }

        /** The same, its two files taken by {@code keep} (written to disk, say). */
        CaseStudyData kept(java.util.function.UnaryOperator<SiteFile> keep) {
            return new CaseStudyData(json, csv, keep.apply(jsonFile), keep.apply(csvFile));
        }
    }

    /** The sitemap (with a {@code baseUrl}) and robots.txt, from every path of the finished site. */
    public static List<SiteFile> fromSite(SiteConfig site, Collection<String> sitePaths) {
        if (site.baseUrl().isEmpty()) {
            return List.of(SiteFile.of(Robots.PATH, Robots.of("")));
        }
        return List.of(SiteFile.of(Sitemap.PATH, Sitemap.of(site.baseUrl(), sitePaths)),
                SiteFile.of(Robots.PATH, Robots.of(Addresses.absolute(site.baseUrl(), Sitemap.PATH))));
    }

    /**
     * {@code project.build.outputTimestamp} as Maven accepts it: an ISO 8601 date-time with an
     * offset, or seconds since 1970. Empty when it is neither (a lone digit, as Maven's own
     * "disable" value {@code 1}, counts as unset).
     */
    public static Optional<Instant> buildTime(String outputTimestamp) {
        if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.strip().length() < 2) {
            return Optional.empty();
        }
        String t = outputTimestamp.strip();
        try {
            if (t.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(t)));
            }
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

}
