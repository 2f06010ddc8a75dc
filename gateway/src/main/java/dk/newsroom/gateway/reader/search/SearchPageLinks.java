package dk.newsroom.gateway.reader.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.reader.site.SitePaths;
import dk.newsroom.gateway.search.query.SearchRequests;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The search page's links to other pages of the same search: another filter, another
 * order, the next page. Each keeps the search's parameters as the request gave them (the
 * search's own, {@link SearchRequests#PARAMETERS}, in that order), and every link but the
 * next page's starts from the first page (no cursor: a cursor belongs to one search).
 * Values are encoded as a form encodes them ({@code +} for a space, {@code %2B} for a
 * plus), which is how the gateway decodes a query.
 */
final class SearchPageLinks {

	private final Map<String, List<String>> params;

	/**
	 * @param q the search's text, stripped
	 * @param query the request's query parameters
	 */
	SearchPageLinks(String q, MultiValueMap<String, String> query) {
		this.params = new LinkedHashMap<>();
		for (String name : SearchRequests.PARAMETERS) {
			List<String> values = query.get(name);
			if (name.equals(SearchRequests.Q)) {
				this.params.put(name, List.of(q));
			}
			else if (values != null) {
				List<String> present = values.stream().filter((value) -> value != null && !value.isBlank()).toList();
				if (!present.isEmpty()) {
					this.params.put(name, present);
				}
			}
		}
	}

	/** The first page of this search (without the cursor). */
	String first() {
		return path(without(SearchRequests.CURSOR));
	}

	/** The next page: the same search from this cursor. */
	String next(String cursor) {
		Map<String, List<String>> next = without(SearchRequests.CURSOR);
		next.put(SearchRequests.CURSOR, List.of(cursor));
		return path(next);
	}

	/** The first page with this parameter set to this value alone (added or replaced). */
	String with(String name, String value) {
		Map<String, List<String>> changed = without(SearchRequests.CURSOR);
		changed.put(name, List.of(value));
		return path(changed);
	}

	/** The first page without this parameter. */
	String without(String name, @Nullable String value) {
		Map<String, List<String>> changed = without(SearchRequests.CURSOR);
		List<String> values = changed.remove(name);
		if (value != null && values != null) {
			List<String> left = new ArrayList<>(values);
			left.remove(value);
			if (!left.isEmpty()) {
				changed.put(name, left);
			}
		}
		return path(changed);
	}

	/** The first page with the text alone: no filter, the default order. */
	String textOnly() {
		return path(Map.of(SearchRequests.Q, this.params.get(SearchRequests.Q)));
	}

	private Map<String, List<String>> without(String name) {
		Map<String, List<String>> copy = new LinkedHashMap<>(this.params);
		copy.remove(name);
		return copy;
	}

	/** {@code /soeg?…} with the parameters in the search's order. */
	private static String path(Map<String, List<String>> params) {
		StringBuilder path = new StringBuilder(SitePaths.SEARCH);
		char separator = '?';
		for (String name : SearchRequests.PARAMETERS) {
			List<String> values = params.get(name);
			if (values == null) {
				continue;
			}
			for (String value : values) {
				path.append(separator)
					.append(name)
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return path.toString();
	}

}
