/**
 * The report as a whole: every case study with its indexes by theme, channel, country and year,
 * the awards, the summed headline numbers, and the stable addresses of every page.
 */
package org.impactsite.portfolio;
