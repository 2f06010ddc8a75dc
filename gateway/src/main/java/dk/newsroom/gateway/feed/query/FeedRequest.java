package dk.newsroom.gateway.feed.query;

import java.util.List;
import java.util.Optional;

import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of {@code GET /api/feed} into a {@link FeedQuery},
 * collecting every invalid parameter rather than stopping at the first. Empty values
 * count as absent.
 */
final class FeedRequest {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	static final String TYPE = "type";

	static final String TAG = "tag";

	static final String SECTION = "section";

	static final String TRACK = "track";

	static final String CITY = "city";

	static final String LIMIT = "limit";

	static final String CURSOR = "cursor";

	/** The parameters a next-page link keeps. */
	static final List<String> FILTERS = List.of(TYPE, TAG, SECTION, TRACK, CITY, LIMIT);

	private final QueryParameters params;

	private FeedRequest(MultiValueMap<String, String> params) {
		this.params = new QueryParameters(params);
	}

	/**
	 * @param params the query parameters
	 * @return the query they ask for
	 * @throws InvalidFeedRequestException naming every invalid parameter
	 */
	static FeedQuery parse(MultiValueMap<String, String> params) {
		FeedRequest request = new FeedRequest(params);
		QueryParameters read = request.params;
		FeedQuery query = new FeedQuery(read.types(TYPE), read.single(TAG), read.single(SECTION), read.single(TRACK),
				read.single(CITY), read.limit(LIMIT, DEFAULT_LIMIT, MAX_LIMIT), request.cursor());
		read.throwIfInvalid();
		return query;
	}

	private @Nullable FeedKey cursor() {
		String value = this.params.single(CURSOR);
		if (value == null) {
			return null;
		}
		Optional<FeedKey> key = FeedCursor.decode(value);
		if (key.isEmpty()) {
			this.params.reject(CURSOR, "is not a cursor of this feed; use the 'next' value of a previous page");
		}
		return key.orElse(null);
	}

}
