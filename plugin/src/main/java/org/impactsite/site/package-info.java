/**
 * The site as a set of files: where each source file is published, which files are copied,
 * a check that every internal link lands on a file, and the staged writer that replaces the
 * output only when a build succeeded.
 */
package org.impactsite.site;
