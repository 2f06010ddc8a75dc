package dk.newsroom.gateway.search.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.newsroom.gateway.feed.query.InvalidFeedRequestException;
import dk.newsroom.gateway.feed.query.QueryParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of {@code GET /api/search} (and the reader's {@code /soeg})
 * into a {@link SearchRequest}, collecting every invalid parameter: a missing, blank or
 * over-long {@code q}, a quote not closed, an unknown parameter, one given twice, a
 * {@code limit} out of range, a date or cursor that does not read. Answered with a 400
 * problem naming each.
 */
public final class SearchRequests {

	public static final String Q = "q";

	public static final String TYPE = "type";

	public static final String SECTION = "section";

	public static final String TAG = "tag";

	public static final String TRACK = "track";

	public static final String CITY = "city";

	public static final String FROM = "from";

	public static final String TO = "to";

	public static final String SORT = "sort";

	public static final String LIMIT = "limit";

	public static final String CURSOR = "cursor";

	/** Every parameter, in the order a next-page link writes them. */
	public static final List<String> PARAMETERS = List.of(Q, TYPE, SECTION, TAG, TRACK, CITY, FROM, TO, SORT, LIMIT,
			CURSOR);

	public static final int DEFAULT_LIMIT = 10;

	public static final int MAX_LIMIT = 50;

	/** The longest filter value accepted. */
	static final int MAX_VALUE_LENGTH = 100;

	/** Dates without a time are days in Copenhagen. */
	static final ZoneId DAYS = ZoneId.of("Europe/Copenhagen");

	private final QueryParameters params;

	private SearchRequests(MultiValueMap<String, String> params) {
		this.params = new QueryParameters(params);
	}

	/**
	 * @param params the query parameters
	 * @return the search they ask for
	 * @throws InvalidFeedRequestException naming every invalid parameter
	 */
	public static SearchRequest parse(MultiValueMap<String, String> params) {
		return parse(params, Set.of());
	}

	/**
	 * @param params the query parameters
	 * @param ignored parameters of the caller's own that are not the search's (the reader
	 * page's), accepted and left alone
	 * @return the search they ask for
	 * @throws InvalidFeedRequestException naming every invalid parameter
	 */
	public static SearchRequest parse(MultiValueMap<String, String> params, Set<String> ignored) {
		SearchRequests request = new SearchRequests(params);
		request.rejectUnknown(ignored);
		String q = request.q();
		SearchText text = request.text(q);
		Instant from = request.date(FROM, false);
		Instant to = request.date(TO, true);
		if (from != null && to != null && from.isAfter(to)) {
			request.reject(TO, "must not be before 'from'");
		}
		SearchRequest parsed = new SearchRequest(q, text, request.params.types(TYPE), request.value(SECTION),
				request.value(TAG), request.value(TRACK), request.value(CITY), from, to, request.sort(),
				request.params.limit(LIMIT, DEFAULT_LIMIT, MAX_LIMIT), null);
		SearchCursor cursor = request.cursor(parsed);
		request.params.throwIfInvalid();
		return parsed.after(cursor);
	}

	private void rejectUnknown(Set<String> ignored) {
		for (String name : this.params.names()) {
			if (!PARAMETERS.contains(name) && !ignored.contains(name)) {
				reject(name, "is not a parameter of the search; use " + String.join(", ", PARAMETERS));
			}
		}
	}

	private String q() {
		String q = single(Q);
		if (q == null) {
			reject(Q, "is required: the words to search for");
			return "";
		}
		q = q.strip();
		if (q.length() > SearchText.MAX_LENGTH) {
			reject(Q, "must be at most " + SearchText.MAX_LENGTH + " characters but has " + q.length());
		}
		return q;
	}

	private SearchText text(String q) {
		try {
			return SearchText.parse(q);
		}
		catch (IllegalArgumentException ex) {
			reject(Q, ex.getMessage());
			return new SearchText(List.of(), List.of());
		}
	}

	private @Nullable String value(String name) {
		String value = single(name);
		if (value != null && value.length() > MAX_VALUE_LENGTH) {
			reject(name, "must be at most " + MAX_VALUE_LENGTH + " characters");
			return null;
		}
		return value;
	}

	/**
	 * A day ({@code 2027-02-04}, in Copenhagen: from its start, or to its end) or an
	 * instant with an offset ({@code 2027-02-04T09:00:00+01:00}).
	 */
	private @Nullable Instant date(String name, boolean endOfDay) {
		String value = single(name);
		if (value == null) {
			return null;
		}
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return endOfDay ? day.plusDays(1).atStartOfDay(DAYS).toInstant().minusMillis(1)
						: day.atStartOfDay(DAYS).toInstant();
			}
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			reject(name, "must be a date (2027-02-04) or a time with an offset (2027-02-04T09:00:00+01:00) but was '"
					+ value + "'");
			return null;
		}
	}

	private SearchSort sort() {
		String value = single(SORT);
		if (value == null) {
			return SearchSort.RELEVANCE;
		}
		Optional<SearchSort> sort = SearchSort.fromWireName(value);
		if (sort.isEmpty()) {
			reject(SORT, "must be relevance or newest but was '" + value + "'");
		}
		return sort.orElse(SearchSort.RELEVANCE);
	}

	private @Nullable SearchCursor cursor(SearchRequest request) {
		String value = single(CURSOR);
		if (value == null) {
			return null;
		}
		Optional<SearchCursor> cursor = SearchCursor.decode(value);
		if (cursor.isEmpty() || !cursor.get().fingerprint().equals(request.fingerprint())) {
			reject(CURSOR, "is not a cursor of this search; use the 'next' value of a previous page with the same "
					+ "q, filters and sort");
			return null;
		}
		return cursor.get();
	}

	private @Nullable String single(String name) {
		return this.params.single(name);
	}

	private void reject(String field, String message) {
		this.params.reject(field, message);
	}

}
