package dk.newsroom.gateway.feed.query;

import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of {@code /api/feed} for the other feed endpoints (the feed
 * formats, the live stream, the reader page): the same parsing, validation and cursors,
 * so every endpoint accepts exactly what {@code /api/feed} accepts. An invalid request
 * throws an exception that {@link FeedProblemHandler} answers with the same 400 problem.
 */
public final class FeedParameters {

	/** The parameter carrying the cursor. */
	public static final String CURSOR = FeedRequest.CURSOR;

	/** The filter parameters a next-page link keeps, in order. */
	public static final List<String> FILTERS = FeedRequest.FILTERS;

	/**
	 * The stream's optional position parameter: the id to resume after, for a client that
	 * cannot send a {@code Last-Event-ID} header (a browser's first {@code EventSource}
	 * connection).
	 */
	public static final String LAST_EVENT_ID = "lastEventId";

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

	/**
	 * The filters of a live stream: those of a page ({@code type}, {@code tag},
	 * {@code section}, {@code track}, {@code city}). A stream has no pages, so
	 * {@code limit} and {@code cursor} are rejected. {@link #LAST_EVENT_ID} is no filter
	 * (read it with {@link #lastEventId}); given more than once it is rejected.
	 * @param params the query parameters
	 * @return the query (its limit and position mean nothing for a stream)
	 * @throws RuntimeException answered with 400 problem+json naming every invalid
	 * parameter
	 */
	public static FeedQuery parseStream(MultiValueMap<String, String> params) {
		List<InvalidParameter> errors = new ArrayList<>();
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
		List<String> positions = present(filters.remove(LAST_EVENT_ID));
		if (positions.size() > 1) {
			errors.add(new InvalidParameter(LAST_EVENT_ID, "may be given only once"));
		}
		for (String paging : List.of(FeedRequest.LIMIT, FeedRequest.CURSOR)) {
			if (!present(filters.remove(paging)).isEmpty()) {
				errors.add(new InvalidParameter(paging, "is not supported by the stream, which has no pages"));
			}
		}
		FeedQuery query;
		try {
			query = FeedRequest.parse(filters);
		}
		catch (InvalidFeedRequestException ex) {
			errors.addAll(0, ex.errors());
			throw new InvalidFeedRequestException(errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidFeedRequestException(errors);
		}
		return query;
	}

	/**
	 * The stream position asked for in the query, {@link #LAST_EVENT_ID}: an opaque id,
	 * not checked here (an id the stream cannot resume from gets a {@code reset}, as in
	 * the {@code Last-Event-ID} header).
	 * @param params the query parameters, valid by {@link #parseStream}
	 * @return the id, stripped, or {@code null} when absent or blank
	 */
	public static @Nullable String lastEventId(MultiValueMap<String, String> params) {
		List<String> values = present(params.get(LAST_EVENT_ID));
		return values.isEmpty() ? null : values.get(0).strip();
	}

	/** The values that are not blank (a blank one counts as absent). */
	private static List<String> present(@Nullable List<String> values) {
		return (values != null) ? values.stream().filter((value) -> value != null && !value.isBlank()).toList()
				: List.of();
	}

}
