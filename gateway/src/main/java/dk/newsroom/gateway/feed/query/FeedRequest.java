package dk.newsroom.gateway.feed.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.newsroom.gateway.feed.ContentType;
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

	private static final String TYPE_NAMES = Arrays.stream(ContentType.values())
		.map(ContentType::wireName)
		.collect(Collectors.joining(", "));

	private final MultiValueMap<String, String> params;

	private final List<InvalidParameter> errors = new ArrayList<>();

	private FeedRequest(MultiValueMap<String, String> params) {
		this.params = params;
	}

	/**
	 * @param params the query parameters
	 * @return the query they ask for
	 * @throws InvalidFeedRequestException naming every invalid parameter
	 */
	static FeedQuery parse(MultiValueMap<String, String> params) {
		FeedRequest request = new FeedRequest(params);
		FeedQuery query = new FeedQuery(request.types(), request.single(TAG), request.single(SECTION),
				request.single(TRACK), request.single(CITY), request.limit(), request.cursor());
		if (!request.errors.isEmpty()) {
			throw new InvalidFeedRequestException(request.errors);
		}
		return query;
	}

	private Set<ContentType> types() {
		Set<ContentType> types = EnumSet.noneOf(ContentType.class);
		for (String name : values(TYPE)) {
			Optional<ContentType> type = ContentType.fromWireName(name);
			if (type.isPresent()) {
				types.add(type.get());
			}
			else {
				reject(TYPE, "must be one of " + TYPE_NAMES + " but was '" + name + "'");
			}
		}
		return types;
	}

	private int limit() {
		String value = single(LIMIT);
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		reject(LIMIT, "must be a whole number from 1 to " + MAX_LIMIT + " but was '" + value + "'");
		return DEFAULT_LIMIT;
	}

	private @Nullable FeedKey cursor() {
		String value = single(CURSOR);
		if (value == null) {
			return null;
		}
		Optional<FeedKey> key = FeedCursor.decode(value);
		if (key.isEmpty()) {
			reject(CURSOR, "is not a cursor of this feed; use the 'next' value of a previous page");
		}
		return key.orElse(null);
	}

	private @Nullable String single(String name) {
		List<String> values = values(name);
		if (values.size() > 1) {
			reject(name, "may be given only once");
		}
		return values.isEmpty() ? null : values.get(0);
	}

	private List<String> values(String name) {
		List<String> values = this.params.get(name);
		return (values != null) ? values.stream().filter((value) -> value != null && !value.isBlank()).toList()
				: List.of();
	}

	private void reject(String field, String message) {
		this.errors.add(new InvalidParameter(field, message));
	}

}
