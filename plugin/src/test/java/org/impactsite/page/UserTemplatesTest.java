package org.impactsite.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.impactsite.load.ProjectPaths;
import org.impactsite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserTemplatesTest {

    @TempDir
    Path root;

    @Test
    void theListOfTheThemesFilesIsTheThemesFiles() throws IOException {
        try (Stream<Path> theme = Files.list(Path.of("../templates/src/main/resources/org/impactsite/theme"))) {
            assertThat(theme.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(UserTemplates.THEME_FILES);
        }
    }

    @Test
    void aTemplateNamedAlmostLikeAThemeFileIsAWarningOwnFilesAndNewLanguagesAreNot() throws IOException {
        Path templates = Files.createDirectories(root.resolve("src/impact/templates"));
        Files.writeString(templates.resolve("case_study.ftlh"), "x");
        Files.writeString(templates.resolve("Layout.ftlh"), "x");
        Files.writeString(templates.resolve("page.ftlh"), "x");
        Files.writeString(templates.resolve("my-macros.ftlh"), "x");
        Files.writeString(templates.resolve("messages_fr.properties"), "x");
        Problems problems = new Problems();
        UserTemplates.folder(new ProjectPaths(root, root.resolve("src/impact")), problems);
        assertThat(problems.all()).extracting(p -> p.location().path() + " " + p.hint()).containsExactlyInAnyOrder(
                "src/impact/templates/case_study.ftlh did you mean `case-study.ftlh`?",
                "src/impact/templates/Layout.ftlh did you mean `layout.ftlh`?");
        assertThat(problems.hasErrors()).isFalse();
    }
}
