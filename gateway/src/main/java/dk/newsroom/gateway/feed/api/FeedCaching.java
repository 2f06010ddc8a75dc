package dk.newsroom.gateway.feed.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedPage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

/**
 * HTTP caching of the feed and its formats.
 * <p>
 * The ETag is a digest of what a response is made of: the representation (endpoint and
 * everything of the request its body depends on) and, for every item of the page, its
 * type, id, version and position, plus the key the next page starts after. A resource has
 * one state per version (the projection ignores equal versions), so the digest changes
 * exactly when the body could: an item added, edited, removed or moved, a scheduled item
 * becoming due (the page is read at request time), a new next page. It is computed from
 * the page, before and without building the body, so a matching {@code If-None-Match}
 * costs an in-memory read and no serialisation.
 */
public final class FeedCaching {

	/**
	 * Short, because the feed is live: shared caches and readers may reuse a response for
	 * ten seconds, then revalidate cheaply with {@code If-None-Match}.
	 */
	public static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic();

	/** Bump when a representation changes for the same items (a new field, say). */
	private static final String GENERATION = "1";

	private FeedCaching() {
	}

	/**
	 * @param representation what besides the page the body depends on, e.g. the endpoint,
	 * base URI and query
	 * @param page the page the body is built from
	 * @return a strong ETag, quoted
	 */
	public static String etag(String representation, FeedPage page) {
		MessageDigest digest = sha256();
		update(digest, GENERATION);
		update(digest, representation);
		for (FeedEntry entry : page.entries()) {
			update(digest, entry.item().type().wireName());
			update(digest, entry.item().id());
			update(digest, Long.toString(entry.item().version()));
			update(digest, entry.key().publishedAt().toString());
		}
		FeedKey next = page.next();
		update(digest, (next != null) ? next.type().wireName() + '|' + next.id() + '|' + next.publishedAt()
				: (page.older() ? "older" : "-"));
		byte[] hash = digest.digest();
		return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';
	}

	/**
	 * A 304 for the given ETag if the request's {@code If-None-Match} matches it.
	 * @param exchange the exchange
	 * @param etag the current ETag
	 * @return the 304 response, or {@code null} when the body must be sent
	 */
	public static <T> @Nullable ResponseEntity<T> notModified(ServerWebExchange exchange, String etag) {
		if (!exchange.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE_CONTROL).build();
	}

	private static void update(MessageDigest digest, String value) {
		digest.update(value.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
