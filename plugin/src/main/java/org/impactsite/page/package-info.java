/**
 * The report's HTML pages, rendered from FreeMarker templates (the theme's, or the user's own of
 * the same name). The only package that imports FreeMarker; templates receive plain, already
 * formatted values described in {@link org.impactsite.page.PageModel}.
 */
package org.impactsite.page;
