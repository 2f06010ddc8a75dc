package dk.newsroom.gateway.security;

import dk.newsroom.security.Scopes;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The scope a request through the gateway needs, named in a 403's problem and its
 * {@code WWW-Authenticate}: {@code webhooks:admin} for anything under {@value #WEBHOOKS},
 * a content type's write scope for a write to it ({@link ContentWrites}), none otherwise.
 */
final class RequiredScopes {

	/** webhooks-service's API (docs/webhooks.md). */
	static final String WEBHOOKS = "/api/webhooks/**";

	private static final PathPattern WEBHOOKS_PATTERN = PathPatternParser.defaultInstance.parse(WEBHOOKS);

	private RequiredScopes() {
	}

	static @Nullable String scopeFor(ServerWebExchange exchange) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		if (WEBHOOKS_PATTERN.matches(path)) {
			return Scopes.WEBHOOKS_ADMIN;
		}
		return ContentWrites.scopeFor(exchange);
	}

}
