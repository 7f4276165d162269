package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** data/iati-activities.xml: valid against the official IATI 2.03 schemas, and saying what the case studies say. */
class IatiActivitiesTest {

    @TempDir
    Path dir;

    static final String IATI = "iati:\n  reportingOrg: {ref: XM-EXAMPLE-1, type: 22, name: Friends of Water}\n"
            + "  activityPrefix: XM-EXAMPLE-1-\n";

    /** Every error and warning of the official schemas on a file; none is the aim. */
    static List<String> schemaProblems(Path xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator v = factory.newSchema(IatiActivitiesTest.class.getResource("/iati-2.03/iati-activities-schema.xsd")).newValidator();
        List<String> problems = new ArrayList<>();
        v.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {
                problems.add("warning " + e.getLineNumber() + ": " + e.getMessage());
            }

            public void error(SAXParseException e) {
                problems.add("error " + e.getLineNumber() + ": " + e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                problems.add("fatal " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        v.validate(new StreamSource(xml.toFile()));
        return problems;
    }

    private static final String EVERY_LEVEL = "---\n"
            + "title: Every level <of> results & more\n"
            + "summary: A case study with a figure on each level of the results chain.\n"
            + "organization: Friends of Water\n"
            + "country: KE\n"
            + "period: {start: 2021-03, end: 2022}\n"
            + "sdgs: [6, 3]\n"
            + "iati: {identifier: XM-EXAMPLE-1-PRJ-7}\n"
            + "metrics:\n"
            + "  - {id: taps, label: Taps fitted, value: 120, unit: taps, level: output, source: s}\n"
            + "  - {id: use, label: Pupils using the taps, baseline: about 40, value: more than 900, target: 1000, unit: pupils, level: outcome, source: s}\n"
            + "  - {id: share, label: Share of schools with water, baseline: 20, value: 64, unit: \"%\", level: impact, source: s}\n"
            + "  - {id: visits, label: Site visits, series: [{date: 2021-06, value: 3}, {date: 2022-06, value: 9}], unit: visits, level: output, source: s}\n"
            + "  - {id: national, label: Schools in the country, value: 30000, unit: schools, level: context, source: s}\n"
            + "  - {id: loose, label: Posters, value: 50, unit: posters, source: s}\n"
            + "sources:\n  - {id: s, title: Annual report, publisher: Friends of Water}\n"
            + "---\nStory.\n";

    @Test
    void theResultsOfAPortfolioAreValidIati203AndSayWhatTheCaseStudiesSay() throws Exception {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path siteYaml = project.resolve("src/impact/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml) + IATI);
        Files.writeString(project.resolve("src/impact/case-studies/every-level.md"), EVERY_LEVEL);
        BuildResult result = new ImpactBuild(BuildSettings.of(project, true).withOutputTimestamp("2026-11-22T00:00:00Z")).run();
        assertThat(result.problems().errors()).isEmpty();
        Path xml = project.resolve("target/impact-site/data/iati-activities.xml");
        assertThat(schemaProblems(xml)).isEmpty();

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(xml.toFile());
        assertThat(doc.getDocumentElement().getAttribute("generated-datetime")).isEqualTo("2026-11-22T00:00:00Z");
        NodeList activities = doc.getElementsByTagName("iati-activity");
        assertThat(activities.getLength()).as("one per case study with a period").isEqualTo(4);
        Element every = null;
        for (int i = 0; i < activities.getLength(); i++) {
            Element a = (Element) activities.item(i);
            String id = text(a, "iati-identifier");
            if (id.equals("XM-EXAMPLE-1-PRJ-7")) {
                every = a;
            } else {
                assertThat(id).startsWith("XM-EXAMPLE-1-");
            }
        }
        assertThat(every).as("the case study's own identifier").isNotNull();
        assertThat(text(every, "title")).isEqualTo("Every level <of> results & more");
        assertThat(attr(every, "activity-date", 0, "iso-date")).isEqualTo("2021-03-01");
        assertThat(attr(every, "activity-date", 1, "iso-date")).isEqualTo("2022-12-31");
        assertThat(attr(every, "recipient-country", 0, "code")).isEqualTo("KE");
        assertThat(attr(every, "tag", 0, "code")).isEqualTo("6");
        assertThat(attr(every, "document-link", 0, "url")).isEqualTo("https://water.example.org/report/case-studies/every-level/");
        NodeList results = every.getElementsByTagName("result");
        assertThat(results.getLength()).as("output, outcome, impact").isEqualTo(3);
        List<String> types = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i < results.getLength(); i++) {
            Element r = (Element) results.item(i);
            types.add(r.getAttribute("type"));
            NodeList ins = r.getElementsByTagName("indicator");
            for (int j = 0; j < ins.getLength(); j++) {
                indicators.add(text((Element) ins.item(j), "title"));
            }
        }
        assertThat(types).containsExactly("1", "2", "3");
        assertThat(indicators).as("context figures and figures without a level are not results")
                .containsExactly("Taps fitted (taps)", "Site visits (visits)", "Pupils using the taps (pupils)",
                        "Share of schools with water");
        Element use = indicator(every, "Pupils using the taps (pupils)");
        assertThat(use.getAttribute("measure")).isEqualTo("1");
        assertThat(use.getAttribute("ascending")).isEqualTo("1");
        assertThat(attr(use, "baseline", 0, "year")).isEqualTo("2021");
        assertThat(attr(use, "baseline", 0, "value")).isEqualTo("40");
        assertThat(text((Element) use.getElementsByTagName("baseline").item(0), "comment")).isEqualTo("about 40, as the source gives it");
        assertThat(attr(use, "target", 0, "value")).isEqualTo("1000");
        assertThat(attr(use, "actual", 0, "value")).isEqualTo("900");
        assertThat(text((Element) use.getElementsByTagName("actual").item(0), "comment"))
                .as("no false precision: the source's words kept").isEqualTo("more than 900, as the source gives it. Source: Friends of Water, Annual report");
        assertThat(indicator(every, "Share of schools with water").getAttribute("measure")).as("a percentage").isEqualTo("2");
        assertThat(attr(indicator(every, "Site visits (visits)"), "actual", 0, "value")).as("a series' latest").isEqualTo("9");
        assertThat(attr(indicator(every, "Site visits (visits)"), "period-end", 0, "iso-date")).isEqualTo("2022-06-30");

        // the same bytes again
        byte[] first = Files.readAllBytes(xml);
        Path again = ImpactBuildTest.copyFixture("portfolio", dir.resolve("q"));
        Files.writeString(again.resolve("src/impact/site.yaml"), Files.readString(siteYaml));
        Files.writeString(again.resolve("src/impact/case-studies/every-level.md"), EVERY_LEVEL);
        new ImpactBuild(BuildSettings.of(again, true).withOutputTimestamp("2026-11-22T00:00:00Z")).run();
        assertThat(Files.readAllBytes(again.resolve("target/impact-site/data/iati-activities.xml"))).isEqualTo(first);
    }

    @Test
    void theExampleReportWithAnIatiSectionIsValid() throws Exception {
        Path project = dir.resolve("example");
        TestFiles.copyTree(Path.of("../example-site/src"), project.resolve("src"));
        Path siteYaml = project.resolve("src/impact/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml) + IATI);
        BuildResult result = new ImpactBuild(BuildSettings.of(project, true)).run();
        assertThat(result.problems().errors()).isEmpty();
        Path xml = project.resolve("target/impact-site/data/iati-activities.xml");
        assertThat(schemaProblems(xml)).isEmpty();
        assertThat(Files.readString(xml)).contains("<result type=\"1\">").contains("<result type=\"2\">");
        assertThat(Files.readString(project.resolve("target/impact-site/index.html")))
                .as("the home page's downloads name it").contains("href=\"data/iati-activities.xml\" download>IATI XML</a>");
    }

    @Test
    void aWrongOrganisationTypeAndAMissingPrefixAreLocatedErrorsAndNoIatiMeansNoFile() throws Exception {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("w"));
        Path siteYaml = project.resolve("src/impact/site.yaml");
        String plain = Files.readString(siteYaml);
        assertThat(new ImpactBuild(BuildSettings.of(project, true)).run().problems().errors()).isEmpty();
        assertThat(project.resolve("target/impact-site/data/iati-activities.xml")).doesNotExist();
        int line = plain.split("\n", -1).length;
        Files.writeString(siteYaml, plain + "iati:\n  reportingOrg: {ref: XM-EXAMPLE-1, type: 99}\n");
        BuildResult result = new ImpactBuild(BuildSettings.of(project, true)).run();
        assertThat(result.problems().errors()).extracting(p -> p.location() + ": " + p.message()).containsExactly(
                "src/impact/site.yaml:" + (line + 1) + ":3: iati.activityPrefix is missing",
                "src/impact/site.yaml:" + (line + 1) + ":43: iati.reportingOrg.type must be an IATI organisation type code, got \"99\"");
        assertThat(result.problems().errors().get(1).hint()).contains("21 (International NGO)");
    }

    private static Element indicator(Element activity, String title) {
        NodeList ins = activity.getElementsByTagName("indicator");
        for (int i = 0; i < ins.getLength(); i++) {
            if (text((Element) ins.item(i), "title").equals(title)) {
                return (Element) ins.item(i);
            }
        }
        throw new AssertionError("no indicator " + title);
    }

    private static String text(Element parent, String tag) {
        Element e = (Element) parent.getElementsByTagName(tag).item(0);
        return e.getElementsByTagName("narrative").getLength() > 0 ? e.getElementsByTagName("narrative").item(0).getTextContent()
                : e.getTextContent();
    }

    private static String attr(Element parent, String tag, int index, String name) {
        return ((Element) parent.getElementsByTagName(tag).item(index)).getAttribute(name);
    }
}
