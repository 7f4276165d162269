package org.impactsite.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The descriptor Maven reads (and help:describe prints): every goal and parameter documented. */
class PluginDescriptorTest {

    private static Document descriptor() throws Exception {
        Path xml = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertThat(xml).exists();
        return Jsoup.parse(Files.readString(xml), "", Parser.xmlParser());
    }

    @Test
    void goalPrefixIsSite() throws Exception {
        assertThat(descriptor().selectFirst("plugin > goalPrefix").text()).isEqualTo("site");
    }

    @Test
    void everyUserParameterHasADescriptionAndAnImpactProperty() throws Exception {
        for (String goal : List.of("generate-impact", "validate-impact")) {
            Element mojo = descriptor().select("mojo").stream()
                    .filter(m -> m.selectFirst("goal").text().equals(goal)).findFirst().orElseThrow();
            assertThat(mojo.selectFirst("threadSafe").text()).isEqualTo("true");
            List<String> properties = new ArrayList<>();
            for (Element p : mojo.select("parameters > parameter")) {
                String name = p.selectFirst("name").text();
                assertThat(p.selectFirst("description").text()).as(name).isNotBlank();
                if (p.selectFirst("editable").text().equals("true")) {
                    Element config = mojo.selectFirst("configuration > " + name);
                    assertThat(config).as(name).isNotNull();
                    assertThat(config.text()).as(name).startsWith("${impact.");
                    properties.add(config.text());
                }
            }
            assertThat(properties).contains("${impact.sourceDirectory}", "${impact.outputDirectory}", "${impact.baseUrl}",
                    "${impact.skip}", "${impact.failOnWarning}", "${impact.locale}");
        }
    }

    @Test
    void thePdfsAreMadeByGenerateButNotByValidateOrThePreview() throws Exception {
        for (String goal : List.of("generate-impact", "validate-impact", "serve-impact")) {
            Element mojo = descriptor().select("mojo").stream()
                    .filter(m -> m.selectFirst("goal").text().equals(goal)).findFirst().orElseThrow();
            Element pdf = mojo.selectFirst("configuration > pdf");
            assertThat(pdf).as(goal).isNotNull();
            assertThat(pdf.text()).isEqualTo("${impact.pdf}");
            assertThat(pdf.attr("default-value")).as(goal).isEqualTo(goal.equals("generate-impact") ? "true" : "false");
        }
    }
}
