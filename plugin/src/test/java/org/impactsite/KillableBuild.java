package org.impactsite;

import java.nio.file.Path;

/** A build in a process of its own, for tests that kill it or fill its disk: {@code KillableBuild <project>}; prints its problems. */
public final class KillableBuild {

    private KillableBuild() {
    }

    public static void main(String[] args) throws Exception {
        BuildResult result = new ImpactBuild(BuildSettings.of(Path.of(args[0]), true)).run();
        result.problems().all().forEach(System.out::println);
        System.out.println(result.written() ? "written" : "not written: " + result.problems().summary());
    }
}
