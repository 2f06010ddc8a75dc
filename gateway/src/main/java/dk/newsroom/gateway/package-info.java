/**
 * The reader-facing gateway: service routes and the unified feed.
 */
@NullMarked
package dk.newsroom.gateway;

import org.jspecify.annotations.NullMarked;
