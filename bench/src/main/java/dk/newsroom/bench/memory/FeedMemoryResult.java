package dk.newsroom.bench.memory;

import dk.newsroom.bench.stack.GatewaySample;

/**
 * The feed's memory.
 *
 * @param before the gateway before loading (after a forced GC)
 * @param extraItems articles asked to load
 * @param loaded articles created and published
 * @param loadSeconds how long loading took
 * @param feedCaughtUp whether the feed's item count reached before + loaded in time
 * @param after the gateway after loading (after a forced GC); {@code before} again when
 * nothing was loaded
 * @param heapBytesPerItem the whole heap after / items after (an upper bound: it counts
 * everything else the gateway holds)
 * @param marginalBytesPerItem (heap after − heap before) / (items after − items before),
 * null when no item was added
 */
public record FeedMemoryResult(GatewaySample before, int extraItems, int loaded, double loadSeconds,
		boolean feedCaughtUp, GatewaySample after, Double heapBytesPerItem, Double marginalBytesPerItem) {
}
