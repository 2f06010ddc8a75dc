/**
 * What the reader site's pages share: compiled templates, the head's sharing tags and
 * JSON-LD, Danish times, addresses, and how pages answer (validators, caching, error
 * pages).
 */
@NullMarked
package dk.newsroom.gateway.reader.site;

import org.jspecify.annotations.NullMarked;
