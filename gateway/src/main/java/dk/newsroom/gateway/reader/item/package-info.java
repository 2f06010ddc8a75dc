/**
 * The reader site's page of each article, event and Navnenyt notice, by slug, rendered
 * from the gateway's own copy of the resource (or, behind its horizon, read from the
 * owning service).
 */
@NullMarked
package dk.newsroom.gateway.reader.item;

import org.jspecify.annotations.NullMarked;
