/**
 * The machine-readable side of a report: open data (JSON and CSV per case study and for the
 * portfolio), the sitemap, the Atom feed, robots.txt and the search index.
 */
package org.impactsite.publish;
