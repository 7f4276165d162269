package org.impactsite.mojo;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Checks every file of the report and reports every problem; writes nothing. */
@Mojo(name = "validate-impact", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ValidateImpactMojo extends AbstractImpactMojo {

    /**
     * Make the PDFs too, to check the print template ({@code -Dimpact.pdf=true}); off by default:
     * a build that validates then generates would otherwise make every PDF twice.
     */
    @Parameter(property = "impact.pdf", defaultValue = "false")
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
        reporter().run(settings(false));
    }
}
