import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.impactsite.BuildSettings;
import org.impactsite.ImpactBuild;

/**
 * Builds one report project several times in one JVM, each time from nothing (the report and
 * everything kept between builds deleted first), and prints each build's stages. The first
 * build pays for a cold JVM as a Maven run does; the later ones show what the build itself
 * costs once the JVM has loaded and compiled its code.
 *
 * <pre>java -cp plugin/target/classes:DEPENDENCIES WarmBuild.java PROJECT_DIR [RUNS]</pre>
 */
public class WarmBuild {

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Path target = project.resolve("target");
        BuildSettings settings = new BuildSettings(project, project.resolve("src/impact"),
                target.resolve("impact-site"), null, null, null, true);
        for (int run = 1; run <= runs; run++) {
            delete(target);
            long start = System.nanoTime();
            ImpactBuild build = new ImpactBuild(settings);
            var result = build.run();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (result.problems().hasErrors()) {
                throw new IllegalStateException("the project has errors");
            }
            StringBuilder line = new StringBuilder("build " + run + ": " + ms + " ms (");
            Map<String, Long> t = build.timings();
            for (String stage : new String[] {"load", "charts", "pages", "publish", "links", "write"}) {
                line.append(stage).append(' ').append(t.getOrDefault(stage, 0L)).append(stage.equals("write") ? ")" : ", ");
            }
            System.out.println(line);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
