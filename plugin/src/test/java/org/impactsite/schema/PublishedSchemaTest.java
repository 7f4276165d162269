package org.impactsite.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import org.impactsite.BuildResult;
import org.impactsite.BuildSettings;
import org.impactsite.ImpactBuild;
import org.impactsite.problem.Problem;
import org.impactsite.validate.KeySchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.impactsite.TestFiles;

/**
 * The JSON Schemas the plugin publishes, checked by an independent validator (json-sKema) and
 * held against the plugin's own validator: what one accepts the other accepts.
 */
class PublishedSchemaTest {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\r?\\n(.*?)\\r?\\n---\\s*(\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Path INVALID = Path.of("src/test/resources/schema/invalid");

    @TempDir
    Path dir;

    static String resource(String name) throws IOException {
        try (InputStream in = PublishedSchemaTest.class.getResourceAsStream("/org/impactsite/schema/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Validator validator(String schemaFile) throws IOException {
        return Validator.forSchema(new SchemaLoader(new JsonParser(resource(schemaFile)).parse()).load());
    }

    /** YAML as the plugin reads it (YAML 1.2 core schema), written as JSON for the validator. */
    static String yamlAsJson(String yaml) {
        Object value = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        StringBuilder out = new StringBuilder();
        json(value, out);
        return out.toString();
    }

    private static void json(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                json(String.valueOf(e.getKey()), out);
                out.append(':');
                json(e.getValue(), out);
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                out.append(i == 0 ? "" : ",");
                json(l.get(i), out);
            }
            out.append(']');
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else {
            out.append('"');
            for (char c : v.toString().toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }

    static String frontMatter(Path file) throws IOException {
        Matcher m = FRONT_MATTER.matcher(Files.readString(file));
        assertThat(m.find()).as(file + " has front matter").isTrue();
        return m.group(1);
    }

    static ValidationFailure check(Validator v, String yaml) {
        return v.validate(new JsonParser(yamlAsJson(yaml)).parse());
    }

    static List<Path> validCaseStudies() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("../example-site/src/impact", "src/test/resources/build/portfolio/src/impact",
                "src/test/resources/org/impactsite/load/valid/src/impact")) {
            try (Stream<Path> walk = Files.walk(Path.of(root, "case-studies"))) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    static List<Path> invalidCaseStudies() throws IOException {
        try (Stream<Path> list = Files.list(INVALID)) {
            return list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    static List<Path> invalidSites() throws IOException {
        try (Stream<Path> list = Files.list(INVALID.resolve("site"))) {
            return list.sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("validCaseStudies")
    void theSchemaAcceptsEveryCaseStudyThePluginAccepts(Path file) throws IOException {
        assertThat(check(validator("case-study.schema.json"), frontMatter(file))).as(file.toString()).isNull();
    }

    @Test
    void theSchemaAcceptsTheSiteFilesThePluginAccepts() throws IOException {
        Validator v = validator("site.schema.json");
        for (String root : List.of("../example-site/src/impact", "src/test/resources/build/portfolio/src/impact",
                "src/test/resources/org/impactsite/load/valid/src/impact")) {
            Path site = Path.of(root, "site.yaml");
            assertThat(check(v, Files.readString(site))).as(site.toString()).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("invalidCaseStudies")
    void theSchemaAndThePluginBothRefuseABrokenCaseStudy(Path file) throws IOException {
        assertThat(check(validator("case-study.schema.json"), frontMatter(file))).as("schema on " + file).isNotNull();
        Path project = project();
        Files.copy(file, project.resolve("src/impact/case-studies/" + file.getFileName()));
        assertThat(errors(project)).as("plugin on " + file)
                .anyMatch(p -> p.location().path().endsWith("case-studies/" + file.getFileName()));
    }

    @ParameterizedTest
    @MethodSource("invalidSites")
    void theSchemaAndThePluginBothRefuseABrokenSiteFile(Path file) throws IOException {
        assertThat(check(validator("site.schema.json"), Files.readString(file))).as("schema on " + file).isNotNull();
        Path project = project();
        Files.copy(file, project.resolve("src/impact/site.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(errors(project)).as("plugin on " + file).anyMatch(p -> p.location().path().endsWith("site.yaml"));
    }

    @Test
    void theSchemasNameExactlyTheKeysOfTheSpecification() {
        // the plugin reads the keys it accepts from the published schemas: these are the
        // specification's keys, so a key dropped from or added to a schema by mistake shows here
        Map<KeySchema, String> spec = new EnumMap<>(KeySchema.class);
        spec.put(KeySchema.CASE_STUDY, "title slug summary organization partners country period channels themes sdgs partOf"
                + " campaign metrics outcomes awards quotes charts sources iati");
        spec.put(KeySchema.CAMPAIGN, "name objective audience");
        spec.put(KeySchema.PERIOD, "start end");
        spec.put(KeySchema.METRIC, "id label value qualifier unit level channel date source baseline target series note");
        spec.put(KeySchema.SERIES_POINT, "date value");
        spec.put(KeySchema.SERIES_FILE, "file sheet date value per take decimal dateFormat");
        spec.put(KeySchema.VALUE_FILE, "file sheet column row decimal");
        spec.put(KeySchema.OUTCOME, "text level metric");
        spec.put(KeySchema.AWARD, "title by year work rank url");
        spec.put(KeySchema.QUOTE, "text by role");
        spec.put(KeySchema.CHART, "type title metrics");
        spec.put(KeySchema.SOURCE, "id title publisher url date");
        spec.put(KeySchema.CASE_IATI, "identifier");
        spec.put(KeySchema.SITE, "title organization baseUrl language intro logo highlights currencies funders theme iati");
        spec.put(KeySchema.HIGHLIGHT, "metric label unit");
        spec.put(KeySchema.CURRENCIES, "base rates source date");
        spec.put(KeySchema.FUNDER, "name url");
        spec.put(KeySchema.THEME, "accent");
        spec.put(KeySchema.IATI, "reportingOrg activityPrefix");
        spec.put(KeySchema.IATI_ORG, "ref type name");
        spec.put(KeySchema.PAGE, "title summary order slug");
        assertThat(spec.keySet()).containsExactly(KeySchema.values());
        spec.forEach((part, keys) -> assertThat(String.join(" ", part.keys())).as(part.name()).isEqualTo(keys));
    }

    @Test
    void everyPropertyOfTheSchemasIsDescribedAndTheFieldReferenceIsWhatTheyGive() throws IOException {
        for (String file : List.of("site.schema.json", "case-study.schema.json")) {
            List<String> bare = new ArrayList<>();
            undescribed(new Load(LoadSettings.builder().build()).loadFromString(resource(file)), "", bare);
            assertThat(bare).as(file + ": properties without a description").isEmpty();
        }
        if (Boolean.getBoolean("impact.writeDocs")) {
            FieldReference.main(new String[0]);
        }
        String written = Files.readString(FieldReference.FILE);
        assertThat(written).as("docs/fields.md is out of date: write it again with "
                        + "mvn -f plugin test -Dtest=PublishedSchemaTest -Dimpact.writeDocs=true")
                .isEqualTo(FieldReference.text());
        for (KeySchema part : KeySchema.values()) {
            for (String key : part.keys()) {
                assertThat(written).as(part + " " + key).satisfiesAnyOf(
                        w -> assertThat(w).contains("| `" + key + "`"), w -> assertThat(w).contains("." + key + "`"));
            }
        }
    }

    private static void undescribed(Object node, String path, List<String> bare) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("properties") instanceof Map<?, ?> props) {
                props.forEach((k, v) -> {
                    if (v instanceof Map<?, ?> p && !p.containsKey("description")) {
                        bare.add(path + "/" + k);
                    }
                });
            }
            map.forEach((k, v) -> undescribed(v, path + "/" + k, bare));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                undescribed(list.get(i), path + "/" + i, bare);
            }
        }
    }

    @Test
    void eachObjectOfTheSchemasRefusesOtherKeys() throws IOException {
        for (KeySchema part : KeySchema.values()) {
            if (part.schemaPart().isEmpty()) {
                continue;
            }
            String[] at = part.schemaPart().get().split("#", 2);
            Object node = new Load(LoadSettings.builder().build()).loadFromString(resource(at[0]));
            for (String step : at[1].isEmpty() ? new String[0] : at[1].substring(1).split("/")) {
                node = node instanceof List<?> list ? list.get(Integer.parseInt(step)) : ((Map<?, ?>) node).get(step);
            }
            assertThat(((Map<?, ?>) node).get("additionalProperties")).as(part.name()).isEqualTo(false);
        }
        // as the plugin does
        assertThat(check(validator("case-study.schema.json"), "title: x\nmetrics:\n  - {id: a, label: b, value: 1, colour: red}\n"))
                .isNotNull();
    }

    @Test
    void datesAreCheckedForRealDaysAndLeapYears() throws IOException {
        Validator v = validator("case-study.schema.json");
        for (String ok : List.of("2020", "2020-09", "2021-06-10", "2020-02-29", "2000-02-29", "2019/2021-06")) {
            assertThat(check(v, "title: x\nperiod: " + ok + "\n")).as(ok).isNull();
        }
        for (String bad : List.of("2021-02-29", "1900-02-29", "2021-04-31", "2020-13", "0000", "2020-1-32", "soon")) {
            assertThat(check(v, "title: x\nperiod: " + bad + "\n")).as(bad).isNotNull();
        }
    }

    @Test
    void theBuildPublishesTheSchemasUnderSchema() throws IOException {
        Path project = project();
        BuildResult result = new ImpactBuild(BuildSettings.of(project, true)).run();
        assertThat(result.problems().errors()).isEmpty();
        Path site = project.resolve("target/impact-site/schema");
        // as in the jar, but named by the address it is published at
        String base = "https://water.example.org/report/";
        assertThat(Files.readString(site.resolve("case-study.schema.json"))).isEqualTo(resource("case-study.schema.json")
                .replace("\"urn:impact-site:schema:case-study\"", "\"" + base + "schema/case-study.schema.json\""));
        assertThat(Files.readString(site.resolve("site.schema.json"))).isEqualTo(resource("site.schema.json")
                .replace("\"urn:impact-site:schema:site\"", "\"" + base + "schema/site.schema.json\""));
        assertThat(new String(org.impactsite.validate.Schemas.published("site.schema.json", ""), StandardCharsets.UTF_8))
                .as("a report without an address keeps the jar's id").isEqualTo(resource("site.schema.json"));
    }

    private Path project() throws IOException {
        return TestFiles.copyTree(Path.of("src/test/resources/build/portfolio"), dir.resolve("p" + System.nanoTime()));
    }

    private static List<Problem> errors(Path project) throws IOException {
        return new ImpactBuild(BuildSettings.of(project, false)).run().problems().errors();
    }
}
