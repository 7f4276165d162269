/**
 * Rules for the content of a report: which keys each part of a file may hold, what a slug, an
 * id, a country, a language, a colour and a web address look like, how charts may combine
 * metrics, and "did you mean" suggestions for near misses.
 */
package org.impactsite.validate;
