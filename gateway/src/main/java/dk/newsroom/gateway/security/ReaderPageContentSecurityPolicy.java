package dk.newsroom.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;

/**
 * A strict Content-Security-Policy on the reader site's pages ({@code GET /}, the item,
 * list and error pages, the feeds and sitemaps): scripts and style sheets come from the
 * gateway itself ({@code /reader/*}), it talks only to the gateway ({@code /api/feed},
 * {@code /api/feed/stream}), nothing inline runs, and no other site may frame it. Images
 * may come from any HTTPS host (articles' top images).
 */
final class ReaderPageContentSecurityPolicy implements ServerHttpHeadersWriter {

	static final String HEADER = "Content-Security-Policy";

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' https: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] NOT_SITE = { "/api/", "/v3/", "/swagger-ui", "/webjars/", "/actuator", "/fallback/" };

	@Override
	public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		HttpMethod method = request.getMethod();
		if ((method == HttpMethod.GET || method == HttpMethod.HEAD)
				&& isSitePage(request.getPath().pathWithinApplication().value())) {
			exchange.getResponse().getHeaders().set(HEADER, POLICY);
		}
		return Mono.empty();
	}

	/**
	 * Every page of the reader site: whatever is not the API, its documents, the Swagger
	 * UI (which needs inline script) or the management endpoints.
	 */
	static boolean isSitePage(String path) {
		for (String prefix : NOT_SITE) {
			if (path.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

}
