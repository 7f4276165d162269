package org.impactsite.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.impactsite.plan.SiteFile;

class SiteWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesFilesAndCopies() throws IOException {
        Path source = Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        Path out = dir.resolve("target/impact-site");
        new SiteWriter(out).write(List.of(SiteFile.of("index.html", "home"), SiteFile.copy("assets/logo.svg", source)));
        assertThat(out.resolve("index.html")).hasContent("home");
        assertThat(out.resolve("assets/logo.svg")).hasContent("<svg/>");
        assertThat(siblings(out)).containsExactly("impact-site");
    }

    @Test
    void filesOfAnEarlierBuildDoNotLinger() throws IOException {
        Path out = dir.resolve("site");
        new SiteWriter(out).write(List.of(SiteFile.of("index.html", "one"), SiteFile.of("case-studies/old/index.html", "old")));
        new SiteWriter(out).write(List.of(SiteFile.of("index.html", "two")));
        assertThat(out.resolve("index.html")).hasContent("two");
        assertThat(out.resolve("case-studies")).doesNotExist();
    }

    @Test
    void aWriteThatFailsLeavesThePreviousSiteAsItWas() throws IOException {
        Path out = dir.resolve("site");
        new SiteWriter(out).write(List.of(SiteFile.of("index.html", "good")));
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        Path vanished = dir.resolve("vanished.png");
        List<SiteFile> files = List.of(SiteFile.of("index.html", "new"), SiteFile.copy("assets/x.png", vanished));
        assertThatThrownBy(() -> new SiteWriter(out).write(files)).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(before);
        assertThat(siblings(out)).containsExactly("site");
    }

    @Test
    void textIsWrittenAsUtf8() throws IOException {
        Path out = dir.resolve("site");
        new SiteWriter(out).write(List.of(SiteFile.of("index.html", "清洁水")));
        assertThat(new String(Files.readAllBytes(out.resolve("index.html")), StandardCharsets.UTF_8)).isEqualTo("清洁水");
    }

    private static List<String> siblings(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out.getParent())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".svg") && !n.endsWith(".png")).sorted().toList();
        }
    }
}
