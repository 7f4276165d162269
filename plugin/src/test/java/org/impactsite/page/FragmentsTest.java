package org.impactsite.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentsTest {

    @TempDir
    Path tmp;

    private Templates templates(String name, String text) throws IOException {
        Files.writeString(tmp.resolve(name), text);
        return new Templates(tmp, Locale.ENGLISH, Templates::relativeToWorkingDirectory);
    }

    @Test
    void aBodyIsMadeOncePerValueAndPlaceInABuild() throws IOException {
        Templates t = templates("t.ftlh", "<#list xs as x><@kept on=x>${x}${n};</@kept></#list>|<#list xs as x><@kept on=x>${x}.</@kept></#list>");
        Problems problems = new Problems();
        assertThat(t.render("t.ftlh", Map.of("xs", List.of("a", "b", "a"), "n", 1), problems)).hasValue("a1;b1;a1;|a.b.a.");
        // the same build: the kept bodies are written again, whatever else changed (they must show only "on")
        assertThat(t.render("t.ftlh", Map.of("xs", List.of("b", "c"), "n", 2), problems)).hasValue("b1;c2;|b.c.");
        t.fragments().use(new Fragments.PerBuild());
        assertThat(t.render("t.ftlh", Map.of("xs", List.of("b"), "n", 3), problems)).hasValue("b3;|b.");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void bodiesAreKeptByTheirValueNotByTheObject() throws IOException {
        Templates t = templates("t.ftlh", "<#list xs as x><@kept on=x>${x.text}</@kept></#list>");
        List<List<Object>> made = new ArrayList<>();
        t.fragments().use((key, make) -> {
            made.add(key);
            return make.apply(key);
        });
        t.render("t.ftlh", Map.of("xs", List.of(PageModel.Link.of("a.html", "A"), PageModel.Link.of("a.html", "A"))), new Problems());
        assertThat(made).hasSize(2).allSatisfy(k -> assertThat(k.get(3)).isEqualTo(PageModel.Link.of("a.html", "A")));
        assertThat(made.get(0)).isEqualTo(made.get(1));
        assertThat(made.get(0).get(0)).isEqualTo("t.ftlh");
    }

    @Test
    void aFailingBodyOrAMisusedDirectiveIsALocatedProblem() throws IOException {
        Templates t = templates("t.ftlh", "<#list xs as x>\n  <@kept on=x>${x.nope}</@kept></#list>");
        Files.writeString(tmp.resolve("u.ftlh"), "<p>\n<@kept>x</@kept></p>");
        Problems problems = new Problems();
        assertThat(t.render("t.ftlh", Map.of("xs", List.of(PageModel.Link.of("a.html", "A"))), problems)).isEmpty();
        assertThat(t.render("u.ftlh", Map.of(), problems)).isEmpty();
        List<Problem> errors = problems.errors();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).location().path()).endsWith("t.ftlh");
        assertThat(errors.get(0).location().line()).isEqualTo(2);
        assertThat(errors.get(0).message()).contains("nope");
        assertThat(errors.get(1).location().path()).endsWith("u.ftlh");
        assertThat(errors.get(1).location().line()).isEqualTo(2);
        assertThat(errors.get(1).message()).contains("kept takes one parameter, on");
    }
}
