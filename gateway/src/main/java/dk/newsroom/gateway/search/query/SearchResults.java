package dk.newsroom.gateway.search.query;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of results.
 *
 * @param total how many visible items match (all pages)
 * @param hits the page's results, best (or newest) first
 * @param facets per dimension ({@code type}, {@code section}, {@code track},
 * {@code tag}), the values among all matches and how many matches have each, most first
 * @param next the cursor of the next page, or {@code null} on the last
 */
public record SearchResults(long total, List<Hit> hits, Map<String, List<FacetCount>> facets,
		@Nullable SearchCursor next) {

	public SearchResults {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

	/**
	 * One result.
	 *
	 * @param item the feed item as the feed serves it (UTF-8 JSON); never modify it
	 * @param snippet a passage of the lead or body, HTML-escaped, the matching words in
	 * {@code <mark>}
	 * @param score the relevance score, or {@code null} when sorted by date
	 */
	public record Hit(byte[] item, String snippet, @Nullable Float score) {

	}

	/**
	 * @param value the value as the content has it (e.g. {@code Sikkerhed})
	 * @param count how many matches have it
	 */
	public record FacetCount(String value, long count) {

	}

}
