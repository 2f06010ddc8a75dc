/**
 * The reader site's list pages: a section's and a tag's items, the events (upcoming and
 * past, by track and city) and Navnenyt, rendered from memory with keyset paging.
 */
@NullMarked
package dk.newsroom.gateway.reader.lists;

import org.jspecify.annotations.NullMarked;
