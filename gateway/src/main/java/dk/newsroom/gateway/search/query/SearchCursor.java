package dk.newsroom.gateway.search.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of results ended: the last result's sort values, the instant the scores
 * were computed for (so the recency boost gives every page the same scores), and the
 * fingerprint of the search it belongs to. Opaque to clients: base64url text.
 *
 * @param fingerprint the search's {@link SearchRequest#fingerprint()}
 * @param scoredAt the reference instant of the recency boost, epoch milliseconds
 * @param score the last result's score ({@link Float#NaN} when sorted by date)
 * @param published the last result's publication, epoch milliseconds
 * @param ref the last result's {@code type:id}
 */
public record SearchCursor(String fingerprint, long scoredAt, float score, long published, String ref) {

	private static final String VERSION = "s1";

	public String encode() {
		String text = String.join("|", VERSION, this.fingerprint, Long.toString(this.scoredAt),
				Integer.toHexString(Float.floatToIntBits(this.score)), Long.toString(this.published), this.ref);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor, or empty when the text is not one this gateway wrote. */
	static Optional<SearchCursor> decode(String value) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
			String[] parts = text.split("\\|", 6);
			if (parts.length != 6 || !VERSION.equals(parts[0]) || parts[5].isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new SearchCursor(parts[1], Long.parseLong(parts[2]),
					Float.intBitsToFloat(Integer.parseUnsignedInt(parts[3], 16)), Long.parseLong(parts[4]), parts[5]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
