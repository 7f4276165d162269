package org.impactsite;

import java.nio.file.Path;

/** A build in a process of its own, for tests that kill it: {@code KillableBuild <project>}. */
public final class KillableBuild {

    private KillableBuild() {
    }

    public static void main(String[] args) throws Exception {
        BuildResult result = new ImpactBuild(BuildSettings.of(Path.of(args[0]), true)).run();
        System.out.println(result.written() ? "written" : "not written: " + result.problems().summary());
    }
}
