/**
 * The fonts shipped with the plugin, so charts, pictures and documents are measured and drawn
 * alike on every machine.
 */
package org.impactsite.fonts;
