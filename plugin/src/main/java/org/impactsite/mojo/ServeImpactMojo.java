package org.impactsite.mojo;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.impactsite.serve.Preview;

/**
 * Builds the report in memory, serves it on http://localhost:8080/ and rebuilds it whenever a
 * file under the sources changes; open pages reload by themselves and show the problems of a
 * change that has any. Nothing is written to disk. Stop with Ctrl+C.
 */
@Mojo(name = "serve-impact", threadSafe = true, requiresProject = true)
public class ServeImpactMojo extends AbstractImpactMojo {

    /** Make the PDFs on every rebuild too; off by default, so that the preview stays quick ({@code -Dimpact.pdf=true}). */
    @Parameter(property = "impact.pdf", defaultValue = "false")
    boolean pdf;

    @Override
    boolean pdf() {
        return pdf;
    }


    /** The port to serve on. */
    @Parameter(property = "impact.port", defaultValue = "8080")
    int port;

    /**
     * The address to listen on. The default, 127.0.0.1, lets only this computer see the preview;
     * 0.0.0.0 shows it to the whole network (a phone on the same Wi-Fi, for instance).
     */
    @Parameter(property = "impact.host", defaultValue = "127.0.0.1")
    String host;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("impact-site: skipped (impact.skip)");
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Preview preview = new Preview(settings(false), line -> getLog().info("impact-site: " + line));
        try {
            preview.start(host, port);
        } catch (IOException e) {
            preview.close();
            throw new MojoExecutionException("impact-site: cannot serve on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another port with -Dimpact.port=8081", e);
        }
        Thread hook = new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "impact-preview-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        String shown = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        getLog().info("impact-site: serving the report at http://" + shown + ":" + preview.port()
                + "/ and watching " + sourceDirectory + "; press Ctrl+C to stop");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
    }
}
