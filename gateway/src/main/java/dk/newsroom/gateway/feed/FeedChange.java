package dk.newsroom.gateway.feed;

import org.jspecify.annotations.Nullable;

/**
 * A new state of one resource as read from its topic.
 *
 * @param ref the resource
 * @param version the resource version ({@code ce_entityversion})
 * @param item the item to list, or {@code null} when the resource is deleted or not
 * published (draft, withdrawn)
 */
public record FeedChange(ResourceRef ref, long version, @Nullable FeedItem item) {

	public static FeedChange listed(FeedItem item) {
		return new FeedChange(item.ref(), item.version(), item);
	}

	public static FeedChange unlisted(ResourceRef ref, long version) {
		return new FeedChange(ref, version, null);
	}

}
