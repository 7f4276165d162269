/**
 * The preview server of {@code mvn site:serve-impact}: the report built in memory, served on
 * localhost by the JDK's HTTP server, rebuilt when a source file changes, with a reload channel
 * to the open pages. Nothing here runs in {@code generate-impact}.
 */
package org.impactsite.serve;
