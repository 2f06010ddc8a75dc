package dk.newsroom.gateway.reader.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.newsroom.gateway.feed.query.InvalidFeedRequestException;
import dk.newsroom.gateway.reader.site.SiteAnswers;
import dk.newsroom.gateway.reader.site.SiteLinks;
import dk.newsroom.gateway.reader.site.SitePaths;
import dk.newsroom.gateway.search.SearchService;
import dk.newsroom.gateway.search.query.SearchRequest;
import dk.newsroom.gateway.search.query.SearchRequests;
import dk.newsroom.gateway.search.query.SearchResults;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * The reader site's search page, {@code /soeg?q=…}: the Danish full-text search
 * ({@link SearchService}, run off the event loop) as a Danish HTML page, readable without
 * JavaScript. It takes the search's own parameters ({@link SearchRequests}: {@code q},
 * {@code type}, {@code section}, {@code tag}, {@code track}, {@code city}, {@code from},
 * {@code to}, {@code sort}, {@code limit}, {@code cursor}); facets, the other order and
 * "Flere resultater" are plain links with them.
 * <ul>
 * <li>Without words ({@code /soeg}, or a blank {@code q}): the page with the search box
 * and no results, whatever else is given (a filter alone searches nothing).</li>
 * <li>A parameter the search rejects (a quote not closed, a cursor of another search, an
 * unknown parameter): the Danish 400 page.</li>
 * <li>While the index is still being built from the topics: the Danish 503 page with
 * {@code Retry-After}; also when the index cannot be read.</li>
 * </ul>
 * A page of results is cached like the site's other pages built from many items (a strong
 * ETag of its bytes, {@code public, max-age=0, s-maxage=10}): a CDN may keep a search for
 * ten seconds, the same bound the lists have on how long a withdrawn item can still be
 * shown, and the API's {@code /api/search} is cacheable for ten seconds too.
 * <p>
 * Counts pages in {@code newsroom.reader.search.pages} (tag {@code outcome}:
 * {@code results}, {@code no-results}, {@code empty}, {@code bad-request},
 * {@code unavailable}).
 */
@Controller
class SearchPageController {

	static final String PAGES = "newsroom.reader.search.pages";

	static final List<String> OUTCOMES = List.of("results", "no-results", "empty", "bad-request", "unavailable");

	private static final Logger log = LoggerFactory.getLogger(SearchPageController.class);

	private final SearchService search;

	private final SearchPageRenderer renderer;

	private final SiteAnswers answers;

	private final SiteLinks links;

	private final Map<String, Counter> counters = new HashMap<>();

	SearchPageController(SearchService search, SearchPageRenderer renderer, SiteAnswers answers, SiteLinks links,
			MeterRegistry registry) {
		this.search = search;
		this.renderer = renderer;
		this.answers = answers;
		this.links = links;
		for (String outcome : OUTCOMES) {
			this.counters.put(outcome,
					Counter.builder(PAGES)
						.description("Search pages of the reader site served, by outcome")
						.tag("outcome", outcome)
						.register(registry));
		}
	}

	@GetMapping(path = SitePaths.SEARCH, produces = MediaType.TEXT_HTML_VALUE)
	Mono<ResponseEntity<byte[]>> search(ServerWebExchange exchange) {
		String baseUrl = this.links.base(exchange);
		MultiValueMap<String, String> params = exchange.getRequest().getQueryParams();
		if (!hasWords(params)) {
			return Mono.just(counted("empty", this.answers.page(exchange, this.renderer.empty(baseUrl))));
		}
		SearchRequest request;
		try {
			request = SearchRequests.parse(params);
		}
		catch (InvalidFeedRequestException ex) {
			return Mono.just(counted("bad-request",
					this.answers.badRequest(baseUrl, SearchPageErrors.message(ex.errors(), params))));
		}
		if (!this.search.isReady()) {
			return Mono.just(counted("unavailable", this.answers.unavailable(baseUrl)));
		}
		return this.search.search(request).map(Optional::of).onErrorResume((ex) -> {
			log.warn("The search page for {} could not search the index: {}", request.q(), ex.toString());
			return Mono.just(Optional.empty());
		})
			.map((found) -> found.isPresent() ? answer(exchange, request, params, found.get(), baseUrl)
					: counted("unavailable", this.answers.unavailable(baseUrl)));
	}

	private ResponseEntity<byte[]> answer(ServerWebExchange exchange, SearchRequest request,
			MultiValueMap<String, String> params, SearchResults results, String baseUrl) {
		return counted((results.total() > 0) ? "results" : "no-results",
				this.answers.page(exchange, this.renderer.results(request, params, results, baseUrl)));
	}

	/** Whether {@code q} has something besides white space. */
	private static boolean hasWords(MultiValueMap<String, String> params) {
		List<String> values = params.get(SearchRequests.Q);
		return values != null && values.stream().anyMatch((value) -> value != null && !value.isBlank());
	}

	private ResponseEntity<byte[]> counted(String outcome, ResponseEntity<byte[]> answer) {
		this.counters.get(outcome).increment();
		return answer;
	}

}
