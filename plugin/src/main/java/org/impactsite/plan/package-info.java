/**
 * What the report publishes: every file of the site, with the address it is written at.
 */
package org.impactsite.plan;
