/**
 * The Maven goals: they turn parameters into {@link org.impactsite.BuildSettings}, run
 * {@link org.impactsite.ImpactBuild}, print the problems and map the outcome to Maven's exceptions.
 */
package org.impactsite.mojo;
