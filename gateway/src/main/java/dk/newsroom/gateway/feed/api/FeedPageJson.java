package dk.newsroom.gateway.feed.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.newsroom.gateway.feed.FeedEntry;
import org.jspecify.annotations.Nullable;

/**
 * Writes a page as {@code {"items":[…],"next":…}} (and {@code "older":[…]} on a last page
 * with older items at the services) from the JSON the projection holds ready for each
 * item: one array copy per item, no serialisation per request.
 */
final class FeedPageJson {

	private static final byte[] START = "{\"items\":[".getBytes(StandardCharsets.UTF_8);

	private static final byte[] NEXT = "],\"next\":".getBytes(StandardCharsets.UTF_8);

	private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

	private static final byte[] OLDER = ",\"older\":".getBytes(StandardCharsets.UTF_8);

	private static final byte[] NONE = new byte[0];

	private FeedPageJson() {
	}

	/**
	 * @param entries the items of the page
	 * @param next the cursor of the next page (base64url, so it needs no escaping), or
	 * {@code null}
	 * @param older the {@code "older"} array as JSON, or {@code null} for none
	 * @return the UTF-8 JSON body
	 */
	static byte[] write(List<FeedEntry> entries, @Nullable String next, byte @Nullable [] older) {
		byte[] nextJson = (next != null) ? ('"' + next + '"').getBytes(StandardCharsets.US_ASCII) : NULL;
		byte[] olderPrefix = (older != null) ? OLDER : NONE;
		byte[] olderJson = (older != null) ? older : NONE;
		int length = START.length + Math.max(0, entries.size() - 1) + NEXT.length + nextJson.length + olderPrefix.length
				+ olderJson.length + 1;
		for (FeedEntry entry : entries) {
			length += entry.json().length;
		}
		byte[] body = new byte[length];
		int at = copy(START, body, 0);
		for (int i = 0; i < entries.size(); i++) {
			if (i > 0) {
				body[at++] = ',';
			}
			at = copy(entries.get(i).json(), body, at);
		}
		at = copy(NEXT, body, at);
		at = copy(nextJson, body, at);
		at = copy(olderPrefix, body, at);
		at = copy(olderJson, body, at);
		body[at] = '}';
		return body;
	}

	private static int copy(byte[] source, byte[] target, int at) {
		System.arraycopy(source, 0, target, at, source.length);
		return at + source.length;
	}

}
