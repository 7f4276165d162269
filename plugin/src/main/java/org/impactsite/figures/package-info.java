/**
 * What a figure may be added to, and what a sum of figures may claim: units compared like with
 * like, money as ISO 4217 codes, rates and ranks never added, qualifiers that follow their parts,
 * and the report's headline totals with every part and every figure left out. Depends on the
 * model only, so that the checks of the user's files and the pages apply the same rules.
 */
package org.impactsite.figures;
