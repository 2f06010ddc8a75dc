package dk.newsroom.gateway.feed.stream;

import dk.newsroom.gateway.feed.FeedEntry;

/**
 * An entry readers see (or will see, when it is scheduled), with the record it came from.
 *
 * @param entry the entry
 * @param partition the partition of its record ({@code -1}: not from a topic)
 * @param offset the record's offset
 */
record ShownEntry(FeedEntry entry, int partition, long offset) {

}
