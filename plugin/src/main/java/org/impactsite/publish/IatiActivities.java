package org.impactsite.publish;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.impactsite.figures.Units;
import org.impactsite.format.XmlText;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.IatiSettings;
import org.impactsite.model.Level;
import org.impactsite.model.Metric;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Period;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.Addresses;

/**
 * The report's results as IATI 2.03 activity XML ({@code data/iati-activities.xml}): one
 * activity per case study (identifier, reporting organisation, title and summary in the
 * report's language, the implementing organisation, status, dates from the period, country,
 * SDG tags, a link to its page) and one result per level of the results chain (output 1,
 * outcome 2, impact 3) with an indicator per figure: its baseline, and a period with its target
 * and actual value. Figures without a level and context figures are not results and are left
 * out; a figure the source qualifies ("more than") carries those words in a comment, its value
 * as given. Nothing from the clock: the file's date is the build's {@code outputTimestamp}, when
 * there is one.
 */
public final class IatiActivities {

    private IatiActivities() {
    }

    /** Whether a case study can be an IATI activity: IATI asks for at least one date. */
    public static boolean publishable(CaseStudy cs) {
        return cs.period() != null;
    }

    /** The activity identifier of a case study. */
    public static String identifier(IatiSettings iati, CaseStudy cs) {
        return cs.iatiIdentifier() != null ? cs.iatiIdentifier() : iati.activityPrefix() + cs.slug();
    }

    public static byte[] of(Project project, Instant buildTime) {
        SiteConfig site = project.site();
        IatiSettings iati = site.iati();
        String lang = site.language().replaceFirst("-.*", "").toLowerCase(Locale.ROOT);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<iati-activities version=\"2.03\"");
        if (buildTime != null) {
            x.append(" generated-datetime=\"").append(DateTimeFormatter.ISO_INSTANT.format(buildTime)).append('"');
        }
        x.append(">\n");
        for (CaseStudy cs : project.caseStudies()) {
            if (publishable(cs)) {
                activity(x, site, iati, cs, lang);
            }
        }
        x.append("</iati-activities>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void activity(StringBuilder x, SiteConfig site, IatiSettings iati, CaseStudy cs, String lang) {
        x.append(" <iati-activity xml:lang=\"").append(lang).append('"');
        currency(cs).ifPresent(c -> x.append(" default-currency=\"").append(c).append('"'));
        x.append(">\n");
        x.append("  <iati-identifier>").append(e(identifier(iati, cs))).append("</iati-identifier>\n");
        String orgName = iati.orgName() != null ? iati.orgName() : site.organization() != null ? site.organization() : iati.orgRef();
        x.append("  <reporting-org ref=\"").append(e(iati.orgRef())).append("\" type=\"").append(e(iati.orgType())).append("\">\n");
        narrative(x, "   ", orgName);
        x.append("  </reporting-org>\n");
        x.append("  <title>\n");
        narrative(x, "   ", cs.title());
        x.append("  </title>\n");
        x.append("  <description type=\"1\">\n");
        narrative(x, "   ", cs.summary() != null && !cs.summary().isBlank() ? cs.summary() : cs.title());
        x.append("  </description>\n");
        // who carried it out: the case study's organisation, else the reporting organisation
        x.append("  <participating-org role=\"4\"");
        if (cs.organization() == null) {
            x.append(" ref=\"").append(e(iati.orgRef())).append("\" type=\"").append(e(iati.orgType())).append('"');
        }
        x.append(">\n");
        narrative(x, "   ", cs.organization() != null ? cs.organization() : orgName);
        x.append("  </participating-org>\n");
        x.append("  <activity-status code=\"3\"/>\n");
        Period p = cs.period();
        x.append("  <activity-date type=\"2\" iso-date=\"").append(p.start().firstDay()).append("\"/>\n");
        x.append("  <activity-date type=\"4\" iso-date=\"").append(end(p).lastDay()).append("\"/>\n");
        if (cs.country() != null) {
            x.append("  <recipient-country code=\"").append(e(cs.country())).append("\" percentage=\"100\"/>\n");
        }
        for (Integer sdg : cs.sdgs()) {
            x.append("  <tag vocabulary=\"2\" code=\"").append(sdg).append("\">\n");
            narrative(x, "   ", "SDG " + sdg);
            x.append("  </tag>\n");
        }
        if (!site.baseUrl().isEmpty()) {
            x.append("  <document-link format=\"text/html\" url=\"").append(e(site.baseUrl() + Addresses.caseStudy(cs.slug())
                    .replaceFirst("index\\.html$", ""))).append("\">\n");
            x.append("   <title>\n");
            narrative(x, "    ", cs.title());
            x.append("   </title>\n");
            x.append("   <category code=\"A12\"/>\n");
            x.append("  </document-link>\n");
        }
        for (Level level : List.of(Level.OUTPUT, Level.OUTCOME, Level.IMPACT)) {
            List<Metric> ms = new ArrayList<>();
            for (Metric m : cs.metrics()) {
                if (m.level() == level && !m.isContext() && m.latest() != null) {
                    ms.add(m);
                }
            }
            if (!ms.isEmpty()) {
                result(x, cs, level, ms);
            }
        }
        x.append(" </iati-activity>\n");
    }

    private static void result(StringBuilder x, CaseStudy cs, Level level, List<Metric> metrics) {
        int type = level == Level.OUTPUT ? 1 : level == Level.OUTCOME ? 2 : 3;
        x.append("  <result type=\"").append(type).append("\">\n");
        x.append("   <title>\n");
        narrative(x, "    ", cs.title() + ": " + level.id() + (level == Level.IMPACT ? "" : "s"));
        x.append("   </title>\n");
        for (Metric m : metrics) {
            boolean percent = m.unit() != null && (m.unit().strip().equals("%") || m.unit().strip().equalsIgnoreCase("percent"));
            x.append("   <indicator measure=\"").append(percent ? 2 : 1).append('"');
            BigDecimal reached = m.hasTarget() ? m.target() : m.latest();
            if (m.hasBaseline() && reached != null) {
                x.append(" ascending=\"").append(reached.compareTo(m.baseline()) >= 0 ? 1 : 0).append('"');
            }
            x.append(">\n");
            x.append("    <title>\n");
            narrative(x, "     ", m.label() + (m.unit() != null && !percent && !Units.isRank(m.unit()) ? " (" + m.unit() + ")" : ""));
            x.append("    </title>\n");
            if (m.note() != null && !m.note().isBlank()) {
                x.append("    <description>\n");
                narrative(x, "     ", m.note());
                x.append("    </description>\n");
            }
            Period p = periodOf(cs, m);
            if (m.hasBaseline()) {
                x.append("    <baseline year=\"").append(p.start().year()).append("\" value=\"").append(Json.number(m.baseline()))
                        .append("\">\n");
                if (m.baselineQualifier() != null) {
                    comment(x, "     ", m.baselineQualifier().words() + " " + Json.number(m.baseline()) + ", as the source gives it");
                }
                x.append("    </baseline>\n");
            }
            x.append("    <period>\n");
            x.append("     <period-start iso-date=\"").append(p.start().firstDay()).append("\"/>\n");
            x.append("     <period-end iso-date=\"").append(end(p).lastDay()).append("\"/>\n");
            if (m.hasTarget()) {
                x.append("     <target value=\"").append(Json.number(m.target())).append("\"/>\n");
            }
            x.append("     <actual value=\"").append(Json.number(m.latest())).append("\">\n");
            // the source's own words of precision, and the source: a funder can check the figure
            String source = m.sourceId() == null ? null : cs.source(m.sourceId())
                    .map(src -> src.publisher() != null && !src.publisher().isBlank() ? src.publisher() + ", " + src.title() : src.title())
                    .orElse(null);
            String said = m.qualifier() == null ? null : m.qualifier().words() + " " + Json.number(m.latest()) + ", as the source gives it";
            if (said != null || source != null) {
                comment(x, "      ", said == null ? "Source: " + source : source == null ? said : said + ". Source: " + source);
            }
            x.append("     </actual>\n");
            x.append("    </period>\n");
            x.append("   </indicator>\n");
        }
        x.append("  </result>\n");
    }

    /** The period a figure was counted in: the case study's, ending at the figure's date when it has one inside it. */
    private static Period periodOf(CaseStudy cs, Metric m) {
        Period p = cs.period();
        PartialDate d = m.latestDate();
        if (d == null || d.firstDay().isBefore(p.start().firstDay())) {
            return p;
        }
        return new Period(p.start(), d);
    }

    private static PartialDate end(Period p) {
        return p.end() != null ? p.end() : p.start();
    }

    /** The currency of the case study's first money figure, if it has one. */
    private static Optional<String> currency(CaseStudy cs) {
        return cs.metrics().stream().map(Metric::unit).filter(u -> u != null && Units.isCurrency(u.strip()))
                .map(u -> u.strip().toUpperCase(Locale.ROOT)).findFirst();
    }

    private static void narrative(StringBuilder x, String indent, String text) {
        x.append(indent).append("<narrative>").append(e(XmlText.line(text))).append("</narrative>\n");
    }

    private static void comment(StringBuilder x, String indent, String text) {
        x.append(indent).append("<comment>\n");
        narrative(x, indent + " ", text);
        x.append(indent).append("</comment>\n");
    }

    private static String e(String s) {
        return XmlText.escape(s);
    }
}
