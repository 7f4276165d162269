/**
 * The report as PDF: {@code report.pdf} and one per case study, made after the pages from the
 * pages themselves (their content, made fit for paper), the theme's {@code print.ftlh} and
 * {@code print.css}, and the charts drawn again by JFreeChart as vectors; the plugin's fonts
 * embedded, tagged for accessibility, the same bytes for the same report.
 */
package org.impactsite.pdf;
