package org.impactsite.markdown;

import java.nio.file.Path;
import java.util.Optional;

/** Where a source file is published in the site, for rewriting links and images in Markdown. */
public interface LinkResolver {

    /**
     * @param sourceFile an existing file inside the source directory (absolute, normalised)
     * @return its path in the site relative to the site root, e.g. {@code assets/logo.svg} or
     *         {@code case-studies/unicef-weibo/index.html}; empty when the file is not published
     */
    Optional<String> publishedPath(Path sourceFile);

    /**
     * Whether {@code sourceFile} is where a case study or free page is written
     * ({@code case-studies/x.md}, {@code case-studies/x/index.md}, {@code pages/x.md}), so that
     * when it is not published its own mistakes kept it out and were reported already.
     */
    default boolean isCaseStudyOrPageFile(Path sourceFile) {
        return false;
    }
}
