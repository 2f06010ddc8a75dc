package dk.newsroom.gateway.search.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dk.newsroom.gateway.search.SearchService;
import dk.newsroom.gateway.search.query.SearchRequest;
import dk.newsroom.gateway.search.query.SearchRequests;
import dk.newsroom.gateway.search.query.SearchResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/search}: Danish full-text search over the published articles, events
 * and Navnenyt. The search runs off the event loop.
 */
@RestController
@Tag(name = "Search", description = """
		Danish full-text search over published articles, events and Navnenyt, from the gateway's own index of the \
		content topics: only items whose publication time has come.""")
class SearchController {

	static final String PATH = "/api/search";

	static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic();

	/** What a client waits before asking again while the index is being built. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "search", summary = "Search the published content in Danish", description = """
			Full-text search with Danish analysis: inflections find each other (`kommunerne` finds `kommune`), \
			a part of a compound finds the compound (`sikkerhed` finds `cybersikkerhed`), `aa`, `oe`, `ae` find \
			`å`, `ø`, `æ` and accents are ignored. Every word must match; a word of five letters or more that \
			the index does not know is taken for a typo and matches the words one edit away (two from eight \
			letters); `"quoted words"` match as a phrase. Results are \
			ranked by relevance (title and names above lead above body, with a recency boost: a new item counts \
			1.5 times, one a month old 1.25 times) or, with `sort=newest`, by publication. Each result has the \
			feed item and a highlighted snippet; the facets count every match by type, section, track and tag. \
			Pages continue with `cursor` (the `next` value; also a `Link: rel="next"` header).""")
	@Parameter(name = SearchRequests.Q, in = ParameterIn.QUERY, required = true, description = """
			The words to search for, 1–200 characters; `"…"` for a phrase""",
			schema = @Schema(type = "string", minLength = 1, maxLength = 200, example = "cybersikkerhed kommuner"))
	@Parameter(name = SearchRequests.TYPE, in = ParameterIn.QUERY,
			description = "Only items of this type; repeat for several",
			schema = @Schema(type = "string", allowableValues = { "article", "event", "person", "podcast" }))
	@Parameter(name = SearchRequests.SECTION, in = ParameterIn.QUERY,
			description = "Only articles of this section (ignoring case)",
			schema = @Schema(type = "string", maxLength = 100, example = "Sikkerhed"))
	@Parameter(name = SearchRequests.TAG, in = ParameterIn.QUERY,
			description = "Only items with this tag (ignoring case)",
			schema = @Schema(type = "string", maxLength = 100, example = "ransomware"))
	@Parameter(name = SearchRequests.TRACK, in = ParameterIn.QUERY,
			description = "Only events of this track (ignoring case)",
			schema = @Schema(type = "string", maxLength = 100, example = "Sikkerhed"))
	@Parameter(name = SearchRequests.CITY, in = ParameterIn.QUERY,
			description = "Only events in this city (ignoring case)",
			schema = @Schema(type = "string", maxLength = 100, example = "Aarhus C"))
	@Parameter(name = SearchRequests.FROM, in = ParameterIn.QUERY, description = """
			Only items dated at or after this: an event's start, otherwise the publication. A day \
			(`2027-02-04`, from its start in Copenhagen) or a time with an offset""",
			schema = @Schema(type = "string", example = "2027-01-01"))
	@Parameter(name = SearchRequests.TO, in = ParameterIn.QUERY, description = """
			Only items dated at or before this; a day counts to its end in Copenhagen""",
			schema = @Schema(type = "string", example = "2027-03-31"))
	@Parameter(name = SearchRequests.SORT, in = ParameterIn.QUERY, description = "The order of the results",
			schema = @Schema(type = "string", allowableValues = { "relevance", "newest" }, defaultValue = "relevance"))
	@Parameter(name = SearchRequests.LIMIT, in = ParameterIn.QUERY, description = "Results per page",
			schema = @Schema(type = "integer", minimum = "1", maximum = "50", defaultValue = "10"))
	@Parameter(name = SearchRequests.CURSOR, in = ParameterIn.QUERY, description = """
			Where to continue: the `next` value of the previous page of the same search""",
			schema = @Schema(type = "string"))
	@ApiResponse(responseCode = "200", description = "One page of results",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = SearchPage.class)),
			headers = {
					@Header(name = "Cache-Control", description = "Reusable for ten seconds",
							schema = @Schema(type = "string", example = "max-age=10, public")),
					@Header(name = "Link", description = "`rel=\"next\"`: the next page of the same search",
							schema = @Schema(type = "string",
									example = "</api/search?q=sikkerhed&cursor=czF8N2ExYjJj>; rel=\"next\"")) })
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid; `errors` names each (`q` missing, blank, over 200 characters or with an \
			unclosed quote; an unknown parameter; `limit`, `sort`, `type`, `from`, `to` or `cursor` that does not \
			read; one given twice)""")
	@ApiResponse(responseCode = "503", description = "The gateway is still building its search index",
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer", example = "5")))
	Mono<ResponseEntity<?>> search(ServerWebExchange exchange) {
		MultiValueMap<String, String> params = exchange.getRequest().getQueryParams();
		SearchRequest request = SearchRequests.parse(params);
		if (!this.search.isReady()) {
			return Mono.just(notReady(exchange));
		}
		return this.search.search(request).map((results) -> ok(exchange, request, results));
	}

	private static ResponseEntity<?> ok(ServerWebExchange exchange, SearchRequest request, SearchResults results) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CACHE_CONTROL);
		if (results.next() != null) {
			response.header(HttpHeaders.LINK, "<" + nextUri(exchange.getRequest().getPath().value(),
					exchange.getRequest().getQueryParams(), results.next().encode()) + ">; rel=\"next\"");
		}
		return response.body(SearchPage.of(request.q(), results));
	}

	/** The same path and parameters with the next cursor; relative. */
	static String nextUri(String path, MultiValueMap<String, String> params, String cursor) {
		StringBuilder uri = new StringBuilder(path).append('?');
		for (String name : SearchRequests.PARAMETERS) {
			List<String> values = params.get(name);
			if (values == null || name.equals(SearchRequests.CURSOR)) {
				continue;
			}
			for (String value : values) {
				if (value != null && !value.isBlank()) {
					uri.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
				}
			}
		}
		return uri.append(SearchRequests.CURSOR).append('=').append(cursor).toString();
	}

	private static ResponseEntity<?> notReady(ServerWebExchange exchange) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The gateway is still building its search index from the content topics; try again shortly.");
		problem.setTitle("Search not ready");
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
			.body(problem);
	}

}
