package dk.newsroom.gateway.feed.formats;

import java.net.URI;

import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.api.FeedCaching;
import dk.newsroom.gateway.feed.query.FeedParameters;

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
class FeedFormatsController {

	private final FeedProjection projection;

	FeedFormatsController(FeedProjection projection) {
		this.projection = projection;
		// Rome's class-path scan at start, not on the first feed request's event loop.
		XmlOutput.loadPlugins();
	}

	@GetMapping("/feed.json")
	ResponseEntity<byte[]> json(ServerWebExchange exchange) {
		return serve(exchange, FeedFormat.JSON);
	}

	@GetMapping("/feed.rss")
	ResponseEntity<byte[]> rss(ServerWebExchange exchange) {
		return serve(exchange, FeedFormat.RSS);
	}

	@GetMapping("/feed.atom")
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
