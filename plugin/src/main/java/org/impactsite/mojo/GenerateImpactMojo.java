package org.impactsite.mojo;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the impact report from the case studies into {@code target/impact-site/}. */
@Mojo(name = "generate-impact", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class GenerateImpactMojo extends AbstractImpactMojo {

    /** Write the report as PDF too: {@code report.pdf} and one per case study ({@code -Dimpact.pdf=false} leaves them out). */
    @Parameter(property = "impact.pdf", defaultValue = "true")
    boolean pdf;

    @Override
    boolean pdf() {
        return pdf;
    }


    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("impact-site: skipped (impact.skip)");
            return;
        }
        reporter().run(settings(true));
    }
}
