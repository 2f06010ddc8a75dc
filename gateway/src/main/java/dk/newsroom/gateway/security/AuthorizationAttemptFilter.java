package dk.newsroom.gateway.security;

import dk.newsroom.security.ProblemResponses;
import io.github.bucket4j.Bucket;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Runs before the security chain, on requests that carry an {@code Authorization} header,
 * so nobody skips the rate limit by sending one:
 * <ul>
 * <li>a scheme other than {@code Bearer} is answered 401 at once
 * ({@code invalid_request}) and counts against the client's address;</li>
 * <li>a client address whose bucket is empty is answered 429 before its token is checked,
 * so signature checks (and key-set fetches for unknown key ids) are limited too;</li>
 * <li>a token the chain refuses (401) takes a token from the address's bucket.</li>
 * </ul>
 * A valid token's requests are then limited per subject by {@link RateLimitFilter}. Its
 * own answers carry {@code X-Content-Type-Options} and {@code Cache-Control}, since the
 * security chain's header writers have not run yet.
 */
final class AuthorizationAttemptFilter implements WebFilter, Ordered {

	/**
	 * Right before Spring Security's filter chain ({@code WebFilterChainProxy}, -100).
	 */
	static final int ORDER = -101;

	private static final String BEARER = "bearer ";

	private final RateLimits limits;

	private final RateLimitFilter rateLimitFilter;

	AuthorizationAttemptFilter(RateLimits limits, RateLimitFilter rateLimitFilter) {
		this.limits = limits;
		this.rateLimitFilter = rateLimitFilter;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null
				|| RateLimitFilter.isManagement(exchange.getRequest(), this.rateLimitFilter.managementPort())) {
			return chain.filter(exchange);
		}
		Object client = this.limits.clients().key(exchange.getRequest());
		if (client != null) {
			Bucket failures = this.limits.failures(client);
			if (failures.getAvailableTokens() < 1) {
				secureHeaders(exchange);
				return RateLimits.tooManyRequests(exchange,
						failures.estimateAbilityToConsume(1).getNanosToWaitForRefill());
			}
		}
		if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			if (client != null) {
				this.limits.failed(client);
			}
			secureHeaders(exchange);
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED,
					"Only bearer tokens are accepted (Authorization: Bearer <token>)", HttpHeaders.WWW_AUTHENTICATE,
					"Bearer error=\"invalid_request\", error_description=\"Only bearer tokens are accepted\"");
		}
		if (client != null) {
			exchange.getResponse().beforeCommit(() -> {
				if (HttpStatus.UNAUTHORIZED.equals(exchange.getResponse().getStatusCode())) {
					this.limits.failed(client);
				}
				return Mono.empty();
			});
		}
		return chain.filter(exchange);
	}

	private static void secureHeaders(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
