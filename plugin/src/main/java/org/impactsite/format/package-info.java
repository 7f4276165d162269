/**
 * Numbers and dates written for the report's language: full figures (1,000,000), compact
 * figures for tiles (1M, 100万), changes (+171.5%), months and ranges.
 */
package org.impactsite.format;
