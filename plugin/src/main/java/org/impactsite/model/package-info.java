/**
 * The validated content of a report: immutable records with frozen collections. Everything
 * here has passed validation, so later stages need no null checks beyond the documented
 * optional fields.
 */
package org.impactsite.model;
