package dk.newsroom.gateway.reader.search;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.reader.search.SearchViews.ActiveFilter;
import dk.newsroom.gateway.reader.search.SearchViews.Facet;
import dk.newsroom.gateway.reader.search.SearchViews.FacetValue;
import dk.newsroom.gateway.reader.search.SearchViews.Link;
import dk.newsroom.gateway.reader.search.SearchViews.Result;
import dk.newsroom.gateway.reader.search.SearchViews.SearchBox;
import dk.newsroom.gateway.reader.site.PageMeta;
import dk.newsroom.gateway.reader.site.SitePage;
import dk.newsroom.gateway.reader.site.SiteTemplates;
import dk.newsroom.gateway.search.query.SearchRequest;
import dk.newsroom.gateway.search.query.SearchRequests;
import dk.newsroom.gateway.search.query.SearchResults;
import dk.newsroom.gateway.search.query.SearchSort;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.MultiValueMap;

/**
 * Renders the search page (template {@code search}) from a page of results: the count,
 * the results with their snippets, the facets and the active filters as links, the other
 * order and the next page. CPU only, no I/O. Search pages are never indexed
 * ({@code noindex}) and have no canonical URL.
 */
final class SearchPageRenderer {

	static final String TEMPLATE = "search";

	/** The facets shown, in this order (the search's dimensions, named as parameters). */
	static final List<String> FACETS = List.of(SearchRequests.TYPE, SearchRequests.SECTION, SearchRequests.TRACK,
			SearchRequests.TAG);

	/** The filters the page shows as active, in this order. */
	static final List<String> FILTERS = List.of(SearchRequests.TYPE, SearchRequests.SECTION, SearchRequests.TRACK,
			SearchRequests.TAG, SearchRequests.CITY, SearchRequests.FROM, SearchRequests.TO);

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final SiteTemplates templates;

	private final JsonMapper json;

	SearchPageRenderer(SiteTemplates templates, JsonMapper json) {
		this.templates = templates;
		this.json = json;
	}

	/** The page without a search: the box (in the header) and how to use it. */
	SitePage empty(String baseUrl) {
		Map<String, Object> model = model(meta("Søg – " + PageMeta.SITE_NAME,
				"Søg i artikler, arrangementer og navnenyt på " + PageMeta.SITE_NAME + ".", baseUrl), "Søg");
		model.put("hasQuery", false);
		return SitePage.of(this.templates.render(TEMPLATE, model), null);
	}

	/**
	 * A page of results.
	 * @param request the search as parsed
	 * @param params the request's query parameters (kept in the page's links)
	 * @param results the page of results
	 */
	SitePage results(SearchRequest request, MultiValueMap<String, String> params, SearchResults results,
			String baseUrl) {
		String q = request.q();
		SearchPageLinks links = new SearchPageLinks(q, params);
		Map<String, Object> model = model(meta("Søgning: " + q + " – " + PageMeta.SITE_NAME,
				"Søgeresultater for »" + q + "« på " + PageMeta.SITE_NAME + ".", baseUrl), "Søgeresultater");
		model.put("searchBox", new SearchBox(q));
		model.put("hasQuery", true);
		model.put("q", q);
		model.put("total", results.total());
		model.put("count", count(results.total(), q));
		List<Result> shown = results.hits()
			.stream()
			.map((hit) -> SearchViews.result(this.json.readValue(hit.item(), FeedItem.class), hit.snippet()))
			.toList();
		model.put("results", shown);
		model.put("hasResults", !shown.isEmpty());
		model.put("noResults", results.total() == 0);
		model.put("pastEnd", shown.isEmpty() && results.total() > 0);
		List<ActiveFilter> filters = activeFilters(params, links, results);
		model.put("filters", filters);
		model.put("hasFilters", !filters.isEmpty());
		model.put("clearFilters", (filters.size() > 1) ? links.textOnly() : null);
		model.put("textOnly", links.textOnly());
		boolean newest = request.sort() == SearchSort.NEWEST;
		model.put("sortCurrent", newest ? "Nyeste først" : "Bedste match");
		model.put("sortLink",
				shown.isEmpty() ? null : (newest ? new Link("Bedste match", links.without(SearchRequests.SORT, null))
						: new Link("Nyeste først", links.with(SearchRequests.SORT, SearchSort.NEWEST.wireName()))));
		List<Facet> facets = facets(request, results, links);
		model.put("facets", facets);
		model.put("hasFacets", !facets.isEmpty());
		model.put("next", (results.next() != null) ? links.next(results.next().encode()) : null);
		model.put("nextLabel", "Flere resultater");
		model.put("first", (request.cursor() != null) ? links.first() : null);
		return SitePage.of(this.templates.render(TEMPLATE, model), null);
	}

	private static Map<String, Object> model(PageMeta meta, String heading) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("meta", meta);
		model.put("heading", heading);
		model.put("searchBox", null);
		model.put("q", "");
		model.put("total", 0);
		model.put("count", "");
		model.put("results", List.of());
		model.put("hasResults", false);
		model.put("noResults", false);
		model.put("pastEnd", false);
		model.put("filters", List.of());
		model.put("hasFilters", false);
		model.put("clearFilters", null);
		model.put("textOnly", null);
		model.put("sortCurrent", null);
		model.put("sortLink", null);
		model.put("facets", List.of());
		model.put("hasFacets", false);
		model.put("next", null);
		model.put("nextLabel", "Flere resultater");
		model.put("first", null);
		return model;
	}

	/** "12 resultater for »cybersikkerhed«", "1 resultat …", "Ingen resultater …" */
	static String count(long total, String q) {
		String number = (total == 0) ? "Ingen" : NumberFormat.getIntegerInstance(DANISH).format(total);
		return number + ((total == 1) ? " resultat" : " resultater") + " for »" + q + "«";
	}

	/**
	 * The facets with at least one value: each value links to the search filtered by it
	 * (replacing that filter), the current one to the search without it.
	 */
	private static List<Facet> facets(SearchRequest request, SearchResults results, SearchPageLinks links) {
		List<Facet> facets = new ArrayList<>(FACETS.size());
		for (String dimension : FACETS) {
			List<SearchResults.FacetCount> counts = results.facets().getOrDefault(dimension, List.of());
			List<FacetValue> values = new ArrayList<>(counts.size());
			for (SearchResults.FacetCount count : counts) {
				String name = count.value();
				boolean current = isCurrent(request, dimension, name);
				if (dimension.equals(SearchRequests.TYPE)) {
					Optional<ContentType> type = ContentType.fromWireName(name);
					if (type.isEmpty()) {
						continue;
					}
					name = SearchViews.typeFilterLabel(type.get());
				}
				// A current type leaves the other types asked for; the other dimensions
				// take one
				// value, spelled in any case.
				String remove = links.without(dimension, dimension.equals(SearchRequests.TYPE) ? count.value() : null);
				values.add(new FacetValue(name, count.count(), current ? remove : links.with(dimension, count.value()),
						current));
			}
			if (!values.isEmpty()) {
				facets.add(new Facet("filter-" + dimension, heading(dimension), values));
			}
		}
		return facets;
	}

	private static boolean isCurrent(SearchRequest request, String dimension, String value) {
		return switch (dimension) {
			case SearchRequests.TYPE -> ContentType.fromWireName(value).map(request.types()::contains).orElse(false);
			case SearchRequests.SECTION -> value.equalsIgnoreCase(request.section());
			case SearchRequests.TRACK -> value.equalsIgnoreCase(request.track());
			case SearchRequests.TAG -> value.equalsIgnoreCase(request.tag());
			default -> false;
		};
	}

	/**
	 * The filters given, as the request spells them (a facet's spelling where one
	 * matches), each with the link that removes it.
	 */
	private static List<ActiveFilter> activeFilters(MultiValueMap<String, String> params, SearchPageLinks links,
			SearchResults results) {
		List<ActiveFilter> filters = new ArrayList<>();
		for (String name : FILTERS) {
			List<String> values = params.get(name);
			if (values == null) {
				continue;
			}
			for (String value : values) {
				if (value == null || value.isBlank()) {
					continue;
				}
				String shown = name.equals(SearchRequests.TYPE)
						? ContentType.fromWireName(value).map(SearchViews::typeFilterLabel).orElse(value)
						: spelled(results, name, value.strip());
				filters.add(new ActiveFilter(heading(name), shown, links.without(name, value)));
			}
		}
		return filters;
	}

	private static String spelled(SearchResults results, String dimension, String value) {
		return results.facets()
			.getOrDefault(dimension, List.of())
			.stream()
			.map(SearchResults.FacetCount::value)
			.filter(value::equalsIgnoreCase)
			.findFirst()
			.orElse(value);
	}

	private static String heading(String dimension) {
		return switch (dimension) {
			case SearchRequests.TYPE -> "Type";
			case SearchRequests.SECTION -> "Sektion";
			case SearchRequests.TRACK -> "Spor";
			case SearchRequests.TAG -> "Emne";
			case SearchRequests.CITY -> "By";
			case SearchRequests.FROM -> "Fra";
			case SearchRequests.TO -> "Til";
			default -> dimension;
		};
	}

	/**
	 * A search page's head: never indexed, no canonical URL (a search is no document).
	 */
	private static PageMeta meta(String title, String description, String baseUrl) {
		return new PageMeta(title, description, null, "website", null, null, null, null, null, List.of(), null, false,
				baseUrl);
	}

}
