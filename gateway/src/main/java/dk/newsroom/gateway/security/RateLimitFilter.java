package dk.newsroom.gateway.security;

import java.net.InetSocketAddress;
import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Every request that the security chain let through takes a token: an authenticated one
 * from its token subject's bucket ({@code newsroom.rate-limit.token-capacity}), any other
 * from its client address's ({@code newsroom.rate-limit.capacity}). An empty bucket is
 * answered 429 as problem+json with {@code Retry-After}. Runs right after the security
 * chain, so a 429 carries the security and CORS headers and a CORS preflight (answered by
 * the chain) is not counted; requests the chain refused were counted by
 * {@link AuthorizationAttemptFilter}. The management server (health probes) is not
 * limited.
 */
final class RateLimitFilter implements WebFilter, Ordered, ApplicationListener<WebServerInitializedEvent> {

	/**
	 * Right after Spring Security's filter chain ({@code WebFilterChainProxy}, -100).
	 */
	static final int ORDER = -99;

	private static final String MANAGEMENT_NAMESPACE = "management";

	private final RateLimits limits;

	private volatile int managementPort = -1;

	RateLimitFilter(RateLimits limits) {
		this.limits = limits;
	}

	RateLimits limits() {
		return this.limits;
	}

	int managementPort() {
		return this.managementPort;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
			this.managementPort = event.getWebServer().getPort();
		}
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (isManagement(exchange.getRequest(), this.managementPort)) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map(Principal::getName)
			.map((subject) -> {
				ClientKey.set(exchange, "subject:" + subject);
				return RateLimits.take(this.limits.subject(subject), exchange, chain.filter(exchange));
			})
			.switchIfEmpty(Mono.fromSupplier(() -> {
				Object client = this.limits.clients().key(exchange.getRequest());
				if (client == null) {
					return chain.filter(exchange);
				}
				ClientKey.set(exchange, client);
				return RateLimits.take(this.limits.address(client), exchange, chain.filter(exchange));
			}))
			.flatMap((answer) -> answer);
	}

	static boolean isManagement(ServerHttpRequest request, int managementPort) {
		if (managementPort < 0) {
			return false;
		}
		InetSocketAddress local = request.getLocalAddress();
		return local != null && local.getPort() == managementPort;
	}

}
