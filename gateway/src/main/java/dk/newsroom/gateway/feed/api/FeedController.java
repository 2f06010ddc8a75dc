package dk.newsroom.gateway.feed.api;

import java.util.List;

import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.query.FeedParameters;

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
class FeedController {

	static final String PATH = "/api/feed";

	private final FeedProjection projection;

	FeedController(FeedProjection projection) {
		this.projection = projection;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
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
