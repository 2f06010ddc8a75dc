package dk.newsroom.gateway.feed.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dk.newsroom.gateway.feed.FeedImage;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * What every mapper decides the same way: whether a resource is listed, and its common
 * parts.
 */
final class Listing {

	private static final String PUBLISHED = "PUBLISHED";

	private Listing() {
	}

	/**
	 * Only published resources with a publication time belong in the feed (due or
	 * scheduled).
	 */
	static boolean isListed(@Nullable String status, @Nullable Instant publishedAt, @Nullable String slug) {
		return PUBLISHED.equals(status) && publishedAt != null && slug != null;
	}

	/**
	 * When a listed resource last changed: its {@code updatedAt}, or its
	 * {@code publishedAt} when the record has none.
	 */
	static Instant updatedAt(@Nullable Instant updatedAt, Instant publishedAt) {
		return (updatedAt != null) ? updatedAt : publishedAt;
	}

	static List<String> tags(@Nullable List<String> tags) {
		return (tags != null) ? tags.stream().filter(Objects::nonNull).toList() : List.of();
	}

	static @Nullable FeedImage image(@Nullable String url, @Nullable String caption, @Nullable String credit) {
		return (url != null) ? new FeedImage(url, caption, credit) : null;
	}

	/** The detail URL through the gateway, e.g. {@code /api/people/{id}}. */
	static String link(String collectionPath, String id) {
		return collectionPath + "/" + UriUtils.encodePathSegment(id, "UTF-8");
	}

}
