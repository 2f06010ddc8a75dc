package dk.newsroom.gateway.feed;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How much of the topics' content the feed keeps in memory. Older items are not lost:
 * they stay in their services, whose lists the feed's last page links to.
 *
 * @param itemsPerType the newest items kept per content type, scheduled ones included
 * @param maxAge items published longer ago than this are let go, or {@code null} for no
 * age limit
 * @param forgetRemovedAfter how long the version of a removed or unpublished resource is
 * remembered (the version rule's protection against a late older record), and its removal
 * kept in the changes journal; {@code null} remembers them for ever. Set it to the
 * topics' {@code delete.retention.ms}: a consumer reading from the start later does not
 * see the tombstone either.
 */
public record FeedHorizon(int itemsPerType, @Nullable Duration maxAge, @Nullable Duration forgetRemovedAfter) {

	/** Keeps everything for ever: for tests and tools that hold a few items. */
	public static final FeedHorizon UNBOUNDED = new FeedHorizon(Integer.MAX_VALUE, null, null);

	public FeedHorizon {
		if (itemsPerType < 1) {
			throw new IllegalArgumentException("itemsPerType must be positive");
		}
	}

}
