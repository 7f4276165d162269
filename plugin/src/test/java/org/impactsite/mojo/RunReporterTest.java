package org.impactsite.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.impactsite.BuildResult;
import org.impactsite.problem.Problems;
import org.junit.jupiter.api.Test;

class RunReporterTest {

    static final long MIB = 1024 * 1024;

    @Test
    void aBuildThatRunsOutOfMemorySaysHowMuchToGiveAndWhereWithNoStackTraceOfItsOwn() {
        assertThatThrownBy(() -> RunReporter.attempt(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, 640 * MIB, true))
                .isInstanceOf(MojoExecutionException.class)
                .hasNoCause()
                .hasMessage("impact-site: Java ran out of memory (it may use 640 MiB); the previous report was left as it was."
                        + " Give Maven more, for example MAVEN_OPTS=-Xmx1280m, or the line -Xmx1280m in the project's"
                        + " .mvn/jvm.config (10,000 case studies build in 1 GiB)");
        assertThatThrownBy(() -> RunReporter.attempt(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, 256 * MIB, false))
                .hasMessageStartingWith("impact-site: Java ran out of memory (it may use 256 MiB). Give Maven more, for example MAVEN_OPTS=-Xmx1024m");
    }

    @Test
    void filesThatCannotBeReadOrWrittenAreNamedAndAFinishedBuildIsReturned() throws Exception {
        assertThatThrownBy(() -> RunReporter.attempt(() -> {
            throw new UncheckedIOException(new IOException("target/impact-site: read-only file system"));
        }, MIB, true)).hasMessage("impact-site: could not read or write files: target/impact-site: read-only file system");
        BuildResult done = new BuildResult(new Problems(), 1, 0, 0, 1, true, 5);
        assertThat(RunReporter.attempt(() -> done, MIB, true)).isSameAs(done);
    }
}
