package dk.newsroom.gateway.feed.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.newsroom.gateway.feed.ContentType;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * Reading query parameters the way every read endpoint of the gateway does (the feed and
 * its formats, the stream, the search): empty values count as absent, a single-valued
 * parameter given twice is refused, and every invalid parameter is collected, so one 400
 * names them all ({@link #throwIfInvalid()}).
 */
public final class QueryParameters {

	private static final String TYPE_NAMES = Arrays.stream(ContentType.values())
		.map(ContentType::wireName)
		.collect(Collectors.joining(", "));

	private final MultiValueMap<String, String> params;

	private final List<InvalidParameter> errors = new ArrayList<>();

	public QueryParameters(MultiValueMap<String, String> params) {
		this.params = params;
	}

	/** The names of the parameters given. */
	public Set<String> names() {
		return this.params.keySet();
	}

	/**
	 * The one value of a parameter, or {@code null}; refused when given more than once.
	 */
	public @Nullable String single(String name) {
		List<String> values = values(name);
		if (values.size() > 1) {
			reject(name, "may be given only once");
		}
		return values.isEmpty() ? null : values.get(0);
	}

	/** The values of a parameter that are not blank. */
	public List<String> values(String name) {
		List<String> values = this.params.get(name);
		return (values != null) ? values.stream().filter((value) -> value != null && !value.isBlank()).toList()
				: List.of();
	}

	/** The content types asked for (by wire name, repeatable); empty for all. */
	public Set<ContentType> types(String name) {
		Set<ContentType> types = EnumSet.noneOf(ContentType.class);
		for (String value : values(name)) {
			Optional<ContentType> type = ContentType.fromWireName(value);
			if (type.isPresent()) {
				types.add(type.get());
			}
			else {
				reject(name, "must be one of " + TYPE_NAMES + " but was '" + value + "'");
			}
		}
		return types;
	}

	/** A page size from 1 to {@code max}, or {@code defaultLimit} when absent. */
	public int limit(String name, int defaultLimit, int max) {
		String value = single(name);
		if (value == null) {
			return defaultLimit;
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit >= 1 && limit <= max) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		reject(name, "must be a whole number from 1 to " + max + " but was '" + value + "'");
		return defaultLimit;
	}

	public void reject(String field, String message) {
		this.errors.add(new InvalidParameter(field, message));
	}

	/**
	 * @throws InvalidFeedRequestException naming every invalid parameter, if any
	 */
	public void throwIfInvalid() {
		if (!this.errors.isEmpty()) {
			throw new InvalidFeedRequestException(this.errors);
		}
	}

}
