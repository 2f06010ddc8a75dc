package dk.newsroom.gateway.security;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.newsroom.security.ProblemResponses;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.SynchronizationStrategy;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Limits anonymous requests (those without an {@code Authorization} header) per client
 * with a Bucket4j token bucket: every request, opening the feed stream included, takes
 * one token; a client whose bucket is empty gets 429 as problem+json with
 * {@code Retry-After}, the whole seconds until the next token. Requests with a token are
 * not limited here: they are authenticated or rejected by the security chain.
 * <p>
 * The client is the connection's remote address, or, with
 * {@code newsroom.rate-limit.trust-forwarded-for}, the first address of
 * {@code X-Forwarded-For}. The buckets live in a bounded map that forgets a client once
 * its bucket would be full again anyway. Runs after the security chain, so a 429 carries
 * the security and CORS headers, and a CORS preflight (answered by the chain) is not
 * counted. The management server (health probes) is not limited.
 */
final class AnonymousRateLimitFilter implements WebFilter, Ordered, ApplicationListener<WebServerInitializedEvent> {

	/**
	 * Right after Spring Security's filter chain ({@code WebFilterChainProxy}, -100).
	 */
	static final int ORDER = -99;

	private static final String MANAGEMENT_NAMESPACE = "management";

	private final Cache<Object, Bucket> buckets;

	private final Function<Object, Bucket> newBucket;

	private final boolean trustForwardedFor;

	private volatile int managementPort = -1;

	AnonymousRateLimitFilter(RateLimitProperties properties) {
		Bandwidth limit = Bandwidth.builder()
			.capacity(properties.capacity())
			.refillGreedy(properties.capacity(), properties.refillPeriod())
			.build();
		// A synchronized bucket updates its state in place; a client's requests rarely
		// contend.
		this.newBucket = (client) -> Bucket.builder()
			.addLimit(limit)
			.withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED)
			.build();
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(properties.refillPeriod().toNanos(), TimeUnit.NANOSECONDS)
			.build();
		this.trustForwardedFor = properties.trustForwardedFor();
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
		ServerHttpRequest request = exchange.getRequest();
		if (request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null || isManagement(request)) {
			return chain.filter(exchange);
		}
		Object client = client(request);
		if (client == null) {
			return chain.filter(exchange);
		}
		ConsumptionProbe probe = this.buckets.get(client, this.newBucket).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return chain.filter(exchange);
		}
		return tooManyRequests(exchange, retryAfterSeconds(probe.getNanosToWaitForRefill()));
	}

	private boolean isManagement(ServerHttpRequest request) {
		int port = this.managementPort;
		if (port < 0) {
			return false;
		}
		InetSocketAddress local = request.getLocalAddress();
		return local != null && local.getPort() == port;
	}

	/**
	 * The key of the client's bucket: the remote {@code InetAddress} (no copy), or the
	 * first {@code X-Forwarded-For} hop as written.
	 */
	@Nullable Object client(ServerHttpRequest request) {
		if (this.trustForwardedFor) {
			String forwarded = firstHop(request.getHeaders().getFirst("X-Forwarded-For"));
			if (forwarded != null) {
				return forwarded;
			}
		}
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return null;
		}
		return (remote.getAddress() != null) ? remote.getAddress() : remote.getHostString();
	}

	static @Nullable String firstHop(@Nullable String forwardedFor) {
		if (forwardedFor == null) {
			return null;
		}
		int comma = forwardedFor.indexOf(',');
		String first = ((comma < 0) ? forwardedFor : forwardedFor.substring(0, comma)).strip();
		return first.isEmpty() ? null : first;
	}

	/** Whole seconds, rounded up, at least one. */
	static long retryAfterSeconds(long nanosToWait) {
		long seconds = TimeUnit.NANOSECONDS.toSeconds(nanosToWait);
		if (TimeUnit.SECONDS.toNanos(seconds) < nanosToWait) {
			seconds++;
		}
		return Math.max(1, seconds);
	}

	private static Mono<Void> tooManyRequests(ServerWebExchange exchange, long retryAfter) {
		return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests from this client; retry in " + retryAfter + " s", HttpHeaders.RETRY_AFTER,
				Long.toString(retryAfter));
	}

}
