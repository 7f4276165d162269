package org.impactsite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.impactsite.reuse.KeptFolder;
import org.impactsite.load.ProjectPaths;
import org.impactsite.model.Markdown;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryCacheTest {

    static final String PAGE = "case-studies/story/index.html";

    @TempDir
    Path root;
    Path src;
    Path output;
    Path folder;
    MarkdownRenderer renderer;
    /** Every story kept is first written to the spill folder: this counts the renders that could be kept. */
    final AtomicInteger spilled = new AtomicInteger();
    Function<byte[], Path> spill;

    @BeforeEach
    void project() throws IOException {
        src = Files.createDirectories(root.resolve("src/impact"));
        Files.createDirectories(src.resolve("case-studies"));
        Files.writeString(src.resolve("case-studies/other.md"), "---\ntitle: x\n---\n");
        output = root.resolve("target/impact-site");
        folder = root.resolve("target/.impact-site.stories");
        Path spillDir = Files.createDirectories(root.resolve("target/spill"));
        spill = bytes -> {
            try {
                return Files.write(spillDir.resolve(Integer.toString(spilled.incrementAndGet())), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        LinkResolver resolver = file -> src.relativize(file).toString().equals("case-studies/other.md")
                ? Optional.of("case-studies/other/index.html") : Optional.empty();
        renderer = new MarkdownRenderer(new ProjectPaths(root, src), resolver);
    }

    private Markdown story(String text) {
        return new Markdown(text, src.resolve("case-studies/story.md"), "src/impact/case-studies/story.md", 7);
    }

    /** One build: renders the texts through a new cache and keeps what it may. */
    private List<String> build(Problems problems, String... texts) throws IOException {
        StoryCache cache = StoryCache.in(KeptFolder.beside(output, root, "stories"), "v1", spill);
        List<String> html = Stream.of(texts).map(t -> cache.render(renderer, story(t), PAGE, 3, problems)).toList();
        cache.update(output);
        return html;
    }

    private long kept() throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void aStoryThatStandsAloneIsKeptAndReadBackAsRendered() throws IOException {
        String text = "# Reach\n\nThe clip had **1 million** views ([source](https://example.org/a)).\n\n| a | b |\n|---|---|\n| 1 | 中文 |\n";
        String fresh = renderer.render(story(text), PAGE, 3, new Problems());
        assertThat(build(new Problems(), text)).containsExactly(fresh);
        assertThat(spilled).hasValue(1);
        assertThat(kept()).isEqualTo(1);

        assertThat(build(new Problems(), text)).containsExactly(fresh);
        assertThat(spilled).as("read back, not rendered again").hasValue(1);

        assertThat(build(new Problems(), text + "\nMore.\n")).hasSize(1);
        assertThat(spilled).as("a changed text is rendered again").hasValue(2);
        assertThat(kept()).as("the story no build used is forgotten").isEqualTo(1);
    }

    @Test
    void aStoryThatNamesAFileOrHasAProblemIsRenderedEveryTimeAndItsProblemReportedEveryTime() throws IOException {
        String link = "See [the other campaign](other.md).";
        String remoteImage = "![chart](https://example.org/chart.png)";
        for (int build = 0; build < 2; build++) {
            Problems problems = new Problems();
            List<String> html = build(problems, link, remoteImage);
            assertThat(html.get(0)).contains("href=\"../other/index.html\"");
            assertThat(problems.all()).extracting(Problem::message).singleElement().asString().contains("another website");
        }
        assertThat(spilled).hasValue(0);
        assertThat(kept()).isZero();
    }

    @Test
    void aDamagedKeptStoryIsRenderedAgain() throws IOException {
        String text = "Plain words.";
        String fresh = build(new Problems(), text).get(0);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                byte[] bytes = Files.readAllBytes(p);
                Files.write(p, java.util.Arrays.copyOf(bytes, bytes.length - 3));
            }
        }
        assertThat(build(new Problems(), text)).containsExactly(fresh);
        assertThat(spilled).hasValue(2);
    }
}
