/**
 * Work kept between builds: a content hash, values kept in process or on disk under a key,
 * and folders of files kept from the last build, so an unchanged chart, story or picture is
 * not made again.
 */
package org.impactsite.reuse;
