/**
 * Reading a report's source folder: files as UTF-8 text, front matter and Markdown bodies, YAML
 * with line and column marks, CSV series, and their conversion into the validated records of
 * {@link org.impactsite.model}. The entry point is {@link org.impactsite.load.ProjectLoader}.
 */
package org.impactsite.load;
