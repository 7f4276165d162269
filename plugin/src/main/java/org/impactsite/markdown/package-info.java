/**
 * Markdown stories to safe HTML fragments: flexmark-java for the Markdown, jsoup for the
 * sanitising, and one policy for every link and image (rewritten for the published page,
 * refused when unsafe, reported at its line when missing).
 */
package org.impactsite.markdown;
