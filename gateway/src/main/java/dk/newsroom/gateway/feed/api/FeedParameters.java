package dk.newsroom.gateway.feed.api;

import java.util.List;

import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedQuery;

import org.springframework.util.MultiValueMap;

/**
 * The query parameters of {@code /api/feed} for the other feed endpoints (the feed
 * formats): the same parsing, validation and cursors, so every endpoint accepts exactly
 * what {@code /api/feed} accepts. An invalid request throws an exception that
 * {@link FeedFormatsProblemHandler} answers with the same 400 problem.
 */
public final class FeedParameters {

	/** The parameter carrying the cursor. */
	public static final String CURSOR = FeedRequest.CURSOR;

	/** The filter parameters a next-page link keeps, in order. */
	public static final List<String> FILTERS = FeedRequest.FILTERS;

	private FeedParameters() {
	}

	/**
	 * @param params the query parameters
	 * @return the query they ask for
	 * @throws RuntimeException naming every invalid parameter, answered with 400
	 */
	public static FeedQuery parse(MultiValueMap<String, String> params) {
		return FeedRequest.parse(params);
	}

	/** The opaque cursor continuing after the given key. */
	public static String cursor(FeedKey key) {
		return FeedCursor.encode(key);
	}

}
