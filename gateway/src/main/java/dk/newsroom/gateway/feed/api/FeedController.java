package dk.newsroom.gateway.feed.api;

import java.util.List;

import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.query.FeedParameterDocs;
import dk.newsroom.gateway.feed.query.FeedParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/feed}: the unified feed, newest first, served from memory (no blocking,
 * no per-request serialisation of items).
 */
@RestController
@Tag(name = "Feed", description = """
		The unified feed of published articles, events and people news, newest first, served from the gateway's \
		memory: only items whose publication time has come, whatever the token.""")
class FeedController {

	static final String PATH = "/api/feed";

	private final FeedProjection projection;

	FeedController(FeedProjection projection) {
		this.projection = projection;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getFeed", summary = "Read the unified feed, newest first", description = """
			A page of the feed: published items of every type, newest `publishedAt` first (ties by type, then \
			id), filtered by type, tag, section, track and city. Pages are keyset pages: items published meanwhile \
			never shift or repeat a page. When more items follow, `next` and a `Link: rel="next"` header with the \
			same filters; on a last page after which the gateway let older items go, `older` and \
			`Link: rel="archives"` headers name the services' lists to continue in. Revalidate with \
			`If-None-Match`: a 304 while the page is unchanged.""")
	@Parameter(ref = FeedParameterDocs.TYPE)
	@Parameter(ref = FeedParameterDocs.TAG)
	@Parameter(ref = FeedParameterDocs.SECTION)
	@Parameter(ref = FeedParameterDocs.TRACK)
	@Parameter(ref = FeedParameterDocs.CITY)
	@Parameter(ref = FeedParameterDocs.LIMIT)
	@Parameter(ref = FeedParameterDocs.CURSOR)
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match",
			description = "The `ETag` of an earlier answer for the same query: a 304 while the page is unchanged",
			schema = @Schema(type = "string", example = "\"q1bXkS2m0Xr8H3l0v6Qd5g\""))
	@ApiResponse(responseCode = "200", description = "One page of the feed",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = FeedPageSchema.class)),
			headers = {
					@Header(name = "ETag", description = "Changes exactly when the page could",
							schema = @Schema(type = "string", example = "\"q1bXkS2m0Xr8H3l0v6Qd5g\"")),
					@Header(name = "Cache-Control", description = "Reusable for ten seconds, then revalidate",
							schema = @Schema(type = "string", example = "max-age=10, public")),
					@Header(name = "Link", description = """
							`rel="next"`: the next page with the same filters; `rel="archives"` (on a last page): \
							a service's list of older items""", schema = @Schema(type = "string",
							example = "</api/feed?tag=eu&cursor=MXwyMDI2LTExLTI2VDA5OjAwOjAwWnxhcnRpY2xlfDY3NDVh>; "
									+ "rel=\"next\"")) })
	@ApiResponse(responseCode = "304", description = "The page is unchanged since the `If-None-Match` answer",
			headers = @Header(name = "Cache-Control", description = "As on the 200",
					schema = @Schema(type = "string", example = "max-age=10, public")))
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid; `errors` names each (`type`, `limit`, `cursor`, or one given twice)""")
	ResponseEntity<byte[]> feed(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		MultiValueMap<String, String> params = request.getQueryParams();
		FeedQuery query = FeedParameters.parse(params);
		FeedPage page = this.projection.page(query);
		// Links are relative, so the body depends on the path and query only, not the
		// host.
		String etag = FeedCaching.etag("api|" + request.getURI().getRawPath() + '?' + request.getURI().getRawQuery(),
				page);
		ResponseEntity<byte[]> notModified = FeedCaching.notModified(exchange, etag);
		if (notModified != null) {
			return notModified;
		}
		FeedKey nextKey = page.next();
		String next = (nextKey != null) ? FeedParameters.cursor(nextKey) : null;
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(etag)
			.cacheControl(FeedCaching.CACHE_CONTROL);
		if (next != null) {
			response.header(HttpHeaders.LINK, FeedLinks.next(request.getPath().value(), params, next));
		}
		byte[] older = null;
		if (page.older()) {
			List<OlderItems.Link> links = OlderItems.of(query);
			response.header(HttpHeaders.LINK, OlderItems.headers(links).toArray(String[]::new));
			older = OlderItems.json(links);
		}
		return response.body(FeedPageJson.write(page.entries(), next, older));
	}

}
