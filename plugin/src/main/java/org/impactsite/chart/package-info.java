/**
 * Charts of case studies and of the portfolio, drawn with JFreeChart into accessible,
 * deterministic SVG, each with a text alternative and a data table; the only package that
 * uses JFreeChart.
 */
package org.impactsite.chart;
