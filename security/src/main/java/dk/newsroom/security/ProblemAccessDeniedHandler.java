package dk.newsroom.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * 403 as problem+json for a valid token without the scope the request needs, with the RFC
 * 6750 {@code insufficient_scope} challenge naming it.
 */
public class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final RequiredScope requiredScope;

	public ProblemAccessDeniedHandler(RequiredScope requiredScope) {
		this.requiredScope = requiredScope;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		String scope = this.requiredScope.of(exchange);
		String detail = (scope != null) ? "The bearer token lacks the scope " + scope
				: "The bearer token does not allow this request";
		String challenge = "Bearer error=\"insufficient_scope\", error_description=\"" + detail + "\""
				+ ((scope != null) ? ", scope=\"" + scope + "\"" : "");
		return ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, detail, HttpHeaders.WWW_AUTHENTICATE, challenge);
	}

	/** Which scope a request needs, for the 403 to name; null when none would do. */
	@FunctionalInterface
	public interface RequiredScope {

		String of(ServerWebExchange exchange);

	}

}
