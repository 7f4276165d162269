package org.impactsite.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A flood of problems prints as a readable log; the counts stay those of every problem. */
class ShownTest {

    @Test
    void aFileWithThousandsOfProblemsShowsItsFirstTwentyAndHowManyMore() {
        Problems problems = new Problems();
        for (int i = 1; i <= 10_000; i++) {
            problems.error(new Location("src/impact/case-studies/flood.md", i + 1, 1), "unknown key k" + i, "remove it");
        }
        problems.warning(new Location("src/impact/case-studies/flood.md", 20_000, 1), "a warning too", "fix it");
        problems.error(new Location("src/impact/site.yaml", 2, 1), "title is missing", "add one");
        List<Shown.Line> lines = Shown.of(problems.all());
        assertThat(lines).hasSize(Shown.PER_FILE + 1 + 1);
        assertThat(lines.get(0).text()).startsWith("src/impact/case-studies/flood.md:2:1: error: unknown key k1");
        assertThat(lines).filteredOn(l -> l.problem() != null).extracting(l -> l.problem().location().path())
                .containsOnly("src/impact/case-studies/flood.md", "src/impact/site.yaml");
        assertThat(lines.get(lines.size() - 1).text()).isEqualTo("src/impact/case-studies/flood.md: and 9980 more errors"
                + " and 1 more warning in this file, not shown; correct the ones above and build again");
        assertThat(lines.get(lines.size() - 1).error()).isTrue();
        assertThat(problems.summary()).startsWith("10001 errors");
    }

    @Test
    void manyFilesShowAtMostTwoHundredInAll() {
        Problems problems = new Problems();
        for (int f = 0; f < 30; f++) {
            for (int i = 1; i <= 10; i++) {
                problems.warning(new Location(String.format("src/impact/case-studies/c%02d.md", f), i, 1), "w" + i, "h");
            }
        }
        List<Shown.Line> lines = Shown.of(problems.all());
        assertThat(lines).hasSize(Shown.IN_ALL + 1);
        assertThat(lines.get(Shown.IN_ALL).text()).isEqualTo("and 100 more problems in other files, not shown");
        List<Problem> few = new ArrayList<>(problems.all().subList(0, 5));
        assertThat(Shown.of(few)).extracting(Shown.Line::problem).containsExactlyElementsOf(few);
    }
}
