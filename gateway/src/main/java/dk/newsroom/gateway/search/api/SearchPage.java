package dk.newsroom.gateway.search.api;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.search.index.SearchFields;
import dk.newsroom.gateway.search.query.SearchResults;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code /api/search}.
 *
 * @param q the query text as searched
 * @param total how many visible items match
 * @param items the page's results
 * @param facets per dimension, the values among all matches and their counts
 * @param next the cursor of the next page, or {@code null} on the last
 */
@JsonPropertyOrder({ "q", "total", "items", "facets", "next" })
@Schema(name = "SearchPage", description = "One page of search results, with the facets of all matches")
record SearchPage(@Schema(requiredMode = RequiredMode.REQUIRED, example = "cybersikkerhed kommuner") String q,
		@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0",
				description = "How many visible items match, on all pages", example = "12") long total,
		@Schema(requiredMode = RequiredMode.REQUIRED) List<Result> items,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = """
				Per dimension (`type`, `section` of articles, `track` of events, `tag`), the values among all \
				matches and how many matches have each, most first (at most 20 a dimension)""",
				example = "{\"type\":[{\"value\":\"article\",\"count\":9},{\"value\":\"event\",\"count\":3}],"
						+ "\"section\":[{\"value\":\"Sikkerhed\",\"count\":7}],\"track\":[],"
						+ "\"tag\":[{\"value\":\"kommuner\",\"count\":4}]}") Map<String, List<Facet>> facets,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "The cursor of the next page (pass it as `cursor` with the same q, filters and sort)",
				example = "czF8N2ExYjJjM2R8MTc2NDkzMjQwMDAwMHw0MDQ5MGZkYnwxNzY0OTI4ODAwMDAwfGFydGljbGU6Njc0") @Nullable String next) {

	static SearchPage of(String q, SearchResults results) {
		List<Result> items = results.hits()
			.stream()
			.map((hit) -> new Result(new String(hit.item(), StandardCharsets.UTF_8), hit.snippet(), hit.score()))
			.toList();
		Map<String, List<Facet>> facets = new LinkedHashMap<>();
		results.facets()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparingInt(SearchPage::facetOrder)))
			.forEach((entry) -> facets.put(entry.getKey(),
					entry.getValue().stream().map((count) -> new Facet(count.value(), count.count())).toList()));
		return new SearchPage(q, results.total(), items, facets,
				(results.next() != null) ? results.next().encode() : null);
	}

	private static int facetOrder(String dimension) {
		return SearchFields.FACETS.indexOf(dimension);
	}

	/**
	 * One result.
	 *
	 * @param item the feed item, as {@code /api/feed} has it
	 * @param snippet the passage of the lead or body that matches best
	 * @param score the relevance score (absent when sorted by date)
	 */
	@JsonPropertyOrder({ "item", "snippet", "score" })
	@Schema(name = "SearchResult")
	record Result(
			@Schema(requiredMode = RequiredMode.REQUIRED, implementation = FeedItem.class,
					description = "The item as the feed lists it; `url` is its page") @JsonRawValue String item,
			@Schema(requiredMode = RequiredMode.REQUIRED, description = """
					A passage of the lead or body (about 180 characters), HTML-escaped, with the matching words in \
					`<mark>`; safe to insert as HTML""",
					example = "Kommunerne skal styrke deres <mark>cybersikkerhed</mark>, skriver tilsynet.") String snippet,
			@Schema(description = "The relevance score; absent with `sort=newest`",
					example = "7.42") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Float score) {

	}

	/**
	 * @param value the value as the content has it
	 * @param count how many matches have it
	 */
	@Schema(name = "SearchFacetValue")
	record Facet(@Schema(requiredMode = RequiredMode.REQUIRED, example = "Sikkerhed") String value,
			@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", example = "7") long count) {

	}

}
