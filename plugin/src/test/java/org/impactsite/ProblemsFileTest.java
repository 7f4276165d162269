package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class ProblemsFileTest {

    @TempDir
    Path dir;

    static Validator sarifSchema() throws IOException {
        try (InputStream in = ProblemsFileTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema from the test dependency").isNotNull();
            // its draft-07 meta-schema is not fetched (no network in tests): the keywords it uses read the same
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("\"\\$schema\"\\s*:\\s*\"[^\"]*\",", "");
            return Validator.forSchema(new SchemaLoader(new JsonParser(schema).parse()).load());
        }
    }

    @Test
    void everyProblemOfABrokenReportIsASarifResultAtItsLineValidAgainstTheSchema() throws IOException {
        Path project = ImpactBuildTest.copyFixture("mistakes", dir.resolve("m"));
        BuildResult result = new ImpactBuild(BuildSettings.of(project, true)).run();
        List<Problem> problems = result.problems().all();
        assertThat(problems).hasSizeGreaterThan(10);
        Path file = project.resolve("target/impact-problems.sarif");
        ProblemsFile.write(problems, file, project);
        String sarif = Files.readString(file);
        ValidationFailure failure = sarifSchema().validate(new JsonParser(sarif).parse());
        assertThat(failure).as(String.valueOf(failure)).isNull();

        Map<?, ?> doc = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(sarif);
        List<?> results = (List<?>) ((Map<?, ?>) ((List<?>) doc.get("runs")).get(0)).get("results");
        assertThat(results).hasSize(problems.size());
        Map<?, ?> first = (Map<?, ?>) results.get(0);
        Problem p = problems.get(0);
        Map<?, ?> physical = (Map<?, ?>) ((Map<?, ?>) ((List<?>) first.get("locations")).get(0)).get("physicalLocation");
        assertThat(((Map<?, ?>) physical.get("artifactLocation")).get("uri")).isEqualTo(p.location().path());
        assertThat(((Map<?, ?>) physical.get("region")).get("startLine")).isEqualTo(p.location().line());
        assertThat(((Map<?, ?>) first.get("message")).get("text").toString()).startsWith(p.message()).contains("Hint: " + p.hint());
        assertThat(first.get("level")).isEqualTo("error");
        assertThat(sarif).doesNotContain(dir.toString()).as("paths relative to the project: the same file on every machine");
    }

    @Test
    void aParameterIsALogicalLocationAPathIsEncodedAndNothingIsWrittenOutsideTheProject() throws IOException {
        Problems problems = new Problems();
        problems.error(Location.setting("impact.baseUrl"), "baseUrl must be absolute", "write https://...");
        problems.warning(new Location("src/impact/case-studies/水 water.md", 3, 2), "no source", "add one");
        String sarif = ProblemsFile.sarif(problems.all());
        assertThat(sarifSchema().validate(new JsonParser(sarif).parse())).isNull();
        assertThat(sarifSchema().validate(new JsonParser(sarif.replace("\"level\": \"warning\"", "\"level\": \"loud\"")).parse()))
                .as("the schema does check").isNotNull();
        assertThat(sarif).contains("\"name\": \"impact.baseUrl\"").contains("\"kind\": \"parameter\"")
                .contains("\"uri\": \"src/impact/case-studies/%E6%B0%B4%20water.md\"").contains("\"level\": \"warning\"");
        Path project = Files.createDirectories(dir.resolve("p"));
        assertThatThrownBy(() -> ProblemsFile.write(problems.all(), dir.resolve("elsewhere.sarif"), project))
                .hasMessageContaining("outside the project");
        assertThat(dir.resolve("elsewhere.sarif")).doesNotExist();
    }
}
