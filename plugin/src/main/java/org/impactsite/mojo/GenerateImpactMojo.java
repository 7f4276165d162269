package org.impactsite.mojo;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Builds the impact report from the case studies into {@code target/impact-site/}. */
@Mojo(name = "generate-impact", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class GenerateImpactMojo extends AbstractImpactMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("impact-site: skipped (impact.skip)");
            return;
        }
        reporter().run(settings(true));
    }
}
