/**
 * One mapper per content type, turning a topic's resource JSON (read into the gateway's
 * own types) into a feed item.
 */
@NullMarked
package dk.newsroom.gateway.feed.content;

import org.jspecify.annotations.NullMarked;
