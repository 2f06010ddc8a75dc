package dk.newsroom.gateway.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The order of the results. */
public enum SearchSort {

	/** Best match first (with a mild recency boost); ties newest first. */
	RELEVANCE,
	/** Newest publication first, whatever the score. */
	NEWEST;

	/** The parameter value, e.g. {@code newest}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<SearchSort> fromWireName(String value) {
		return Arrays.stream(values()).filter((sort) -> sort.wireName().equals(value)).findFirst();
	}

}
