package dk.newsroom.gateway.feed.formats;

import java.net.URI;

import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.api.FeedCaching;
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

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /feed.json}, {@code /feed.rss} and {@code /feed.atom}: the feed for feed
 * readers, with the filters, paging and validation of {@code /api/feed}. Answers a
 * matching {@code If-None-Match} with 304 before building a body. The bodies are small
 * and built in memory without I/O, so they are built on the calling thread.
 */
@RestController
@Tag(name = "Feed formats", description = """
		The feed for feed readers, as JSON Feed 1.1, RSS 2.0 and Atom 1.0: the items, filters, paging and \
		validation of `/api/feed`, with absolute links to the items' pages.""")
class FeedFormatsController {

	private final FeedProjection projection;

	FeedFormatsController(FeedProjection projection) {
		this.projection = projection;
		// Rome's class-path scan at start, not on the first feed request's event loop.
		XmlOutput.loadPlugins();
	}

	@GetMapping("/feed.json")
	@Operation(operationId = "getJsonFeed", summary = "Read the feed as JSON Feed 1.1", description = """
			The page of `/api/feed` as a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/), in \
			Danish, with `next_url` when more items follow.""")
	@Parameter(ref = FeedParameterDocs.TYPE)
	@Parameter(ref = FeedParameterDocs.TAG)
	@Parameter(ref = FeedParameterDocs.SECTION)
	@Parameter(ref = FeedParameterDocs.TRACK)
	@Parameter(ref = FeedParameterDocs.CITY)
	@Parameter(ref = FeedParameterDocs.LIMIT)
	@Parameter(ref = FeedParameterDocs.CURSOR)
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match",
			description = "The `ETag` of an earlier answer for the same query: a 304 while the feed is unchanged",
			schema = @Schema(type = "string", example = "\"q1bXkS2m0Xr8H3l0v6Qd5g\""))
	@ApiResponse(responseCode = "304", description = "The feed is unchanged since the `If-None-Match` answer",
			headers = @Header(name = "Cache-Control", description = "As on the 200",
					schema = @Schema(type = "string", example = "max-age=10, public")))
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid; `errors` names each (`type`, `limit`, `cursor`, or one given twice)""")
	@ApiResponse(responseCode = "200", description = "A JSON Feed 1.1 document",
			content = @Content(mediaType = "application/feed+json",
					schema = @Schema(implementation = JsonFeedWriter.Feed.class)),
			headers = {
					@Header(name = "ETag", description = "Changes exactly when the document could",
							schema = @Schema(type = "string", example = "\"q1bXkS2m0Xr8H3l0v6Qd5g\"")),
					@Header(name = "Cache-Control", description = "Reusable for ten seconds, then revalidate",
							schema = @Schema(type = "string", example = "max-age=10, public")) })
	ResponseEntity<byte[]> json(ServerWebExchange exchange) {
		return serve(exchange, FeedFormat.JSON);
	}

	@GetMapping("/feed.rss")
	@Operation(operationId = "getRssFeed", summary = "Read the feed as RSS 2.0", description = """
			The page of `/api/feed` as an RSS 2.0 channel, in Danish, with an Atom `rel="next"` link when more \
			items follow.""")
	@Parameter(ref = FeedParameterDocs.TYPE)
	@Parameter(ref = FeedParameterDocs.TAG)
	@Parameter(ref = FeedParameterDocs.SECTION)
	@Parameter(ref = FeedParameterDocs.TRACK)
	@Parameter(ref = FeedParameterDocs.CITY)
	@Parameter(ref = FeedParameterDocs.LIMIT)
	@Parameter(ref = FeedParameterDocs.CURSOR)
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match",
			description = "The `ETag` of an earlier answer for the same query: a 304 while the feed is unchanged",
			schema = @Schema(type = "string", example = "\"q1bXkS2m0Xr8H3l0v6Qd5g\""))
	@ApiResponse(responseCode = "304", description = "The feed is unchanged since the `If-None-Match` answer",
			headers = @Header(name = "Cache-Control", description = "As on the 200",
					schema = @Schema(type = "string", example = "max-age=10, public")))
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid; `errors` names each (`type`, `limit`, `cursor`, or one given twice)""")
	@ApiResponse(responseCode = "200", description = "An RSS 2.0 document, UTF-8",
			content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = "string",
					example = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
							+ "<title>Newsroom – seneste nyt</title>...<item><title>Ny sikkerhedsaftale mellem EU og Ukraine</title>"
							+ "...</item></channel></rss>")),
			headers = {
					@Header(name = "ETag", description = "Changes exactly when the document could",
							schema = @Schema(type = "string", example = "\"q1bXkS2m0Xr8H3l0v6Qd5g\"")),
					@Header(name = "Cache-Control", description = "Reusable for ten seconds, then revalidate",
							schema = @Schema(type = "string", example = "max-age=10, public")) })
	ResponseEntity<byte[]> rss(ServerWebExchange exchange) {
		return serve(exchange, FeedFormat.RSS);
	}

	@GetMapping("/feed.atom")
	@Operation(operationId = "getAtomFeed", summary = "Read the feed as Atom 1.0", description = """
			The page of `/api/feed` as an Atom 1.0 feed, in Danish, with a `rel="next"` link when more items \
			follow.""")
	@Parameter(ref = FeedParameterDocs.TYPE)
	@Parameter(ref = FeedParameterDocs.TAG)
	@Parameter(ref = FeedParameterDocs.SECTION)
	@Parameter(ref = FeedParameterDocs.TRACK)
	@Parameter(ref = FeedParameterDocs.CITY)
	@Parameter(ref = FeedParameterDocs.LIMIT)
	@Parameter(ref = FeedParameterDocs.CURSOR)
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match",
			description = "The `ETag` of an earlier answer for the same query: a 304 while the feed is unchanged",
			schema = @Schema(type = "string", example = "\"q1bXkS2m0Xr8H3l0v6Qd5g\""))
	@ApiResponse(responseCode = "304", description = "The feed is unchanged since the `If-None-Match` answer",
			headers = @Header(name = "Cache-Control", description = "As on the 200",
					schema = @Schema(type = "string", example = "max-age=10, public")))
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid; `errors` names each (`type`, `limit`, `cursor`, or one given twice)""")
	@ApiResponse(responseCode = "200", description = "An Atom 1.0 document, UTF-8",
			content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string",
					example = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
							+ "<title>Newsroom – seneste nyt</title>...<entry><title>Ny sikkerhedsaftale mellem EU og Ukraine</title>"
							+ "...</entry></feed>")),
			headers = {
					@Header(name = "ETag", description = "Changes exactly when the document could",
							schema = @Schema(type = "string", example = "\"q1bXkS2m0Xr8H3l0v6Qd5g\"")),
					@Header(name = "Cache-Control", description = "Reusable for ten seconds, then revalidate",
							schema = @Schema(type = "string", example = "max-age=10, public")) })
	ResponseEntity<byte[]> atom(ServerWebExchange exchange) {
		return serve(exchange, FeedFormat.ATOM);
	}

	private ResponseEntity<byte[]> serve(ServerWebExchange exchange, FeedFormat format) {
		ServerHttpRequest request = exchange.getRequest();
		FeedQuery query = FeedParameters.parse(request.getQueryParams());
		FeedPage page = this.projection.page(query);
		URI uri = request.getURI();
		// The body's links are absolute: it depends on the base URI as well as the query.
		String etag = FeedCaching
			.etag(format.name() + '|' + FeedDocuments.baseUri(uri) + uri.getRawPath() + '?' + uri.getRawQuery(), page);
		ResponseEntity<byte[]> notModified = FeedCaching.notModified(exchange, etag);
		if (notModified != null) {
			return notModified;
		}
		FeedDocument document = FeedDocuments.of(uri, query, request.getQueryParams(), page);
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.eTag(etag)
			.cacheControl(FeedCaching.CACHE_CONTROL)
			.body(format.write(document));
	}

}
