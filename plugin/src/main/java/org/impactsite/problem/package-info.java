/**
 * The user's mistakes: located {@link org.impactsite.problem.Problem}s collected in a
 * {@link org.impactsite.problem.Problems} list, never thrown, so one run reports all of them.
 */
package org.impactsite.problem;
