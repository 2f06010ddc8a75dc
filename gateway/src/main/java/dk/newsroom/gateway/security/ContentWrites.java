package dk.newsroom.gateway.security;

import java.util.List;

import dk.newsroom.security.Scopes;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The routed content services and the scope a write to each needs: {@code POST},
 * {@code PUT}, {@code PATCH} and {@code DELETE} under {@code /api/articles/**} need
 * {@code articles:write}, and so on. Reads need no scope (the services decide who sees
 * drafts, from the token the gateway forwards).
 */
enum ContentWrites {

	ARTICLES("/api/articles/**", Scopes.ARTICLES_WRITE),

	EVENTS("/api/events/**", Scopes.EVENTS_WRITE),

	PEOPLE("/api/people/**", Scopes.PEOPLE_WRITE);

	/** The methods that change content. */
	static final List<HttpMethod> METHODS = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private final String pattern;

	private final PathPattern parsed;

	private final String scope;

	ContentWrites(String pattern, String scope) {
		this.pattern = pattern;
		this.parsed = PathPatternParser.defaultInstance.parse(pattern);
		this.scope = scope;
	}

	String pattern() {
		return this.pattern;
	}

	String scope() {
		return this.scope;
	}

	/** The Spring Security authority of {@link #scope()}. */
	String authority() {
		return Scopes.authority(this.scope);
	}

	/**
	 * For the 403: the scope a write needs, or {@code null} for any other request.
	 */
	static @Nullable String scopeFor(ServerWebExchange exchange) {
		if (!METHODS.contains(exchange.getRequest().getMethod())) {
			return null;
		}
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		for (ContentWrites writes : values()) {
			if (writes.parsed.matches(path)) {
				return writes.scope;
			}
		}
		return null;
	}

}
