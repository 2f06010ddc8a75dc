package dk.newsroom.gateway.feed.stream;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dk.newsroom.gateway.security.ClientKey;
import dk.newsroom.security.ProblemResponses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Caps the open streams of {@code GET /api/feed/stream}: at most
 * {@link FeedStreamProperties#maxStreams()} on this gateway (over it: 503) and
 * {@link FeedStreamProperties#maxStreamsPerClient()} per client (over it: 429), per
 * {@link ClientKey}: a token subject, else a client address. A refused request is
 * answered problem+json with {@code Retry-After} before its stream starts, and counted in
 * {@value #REFUSED} (tag {@code limit}: {@code client} or {@code gateway}). A stream
 * counts from admission until its response ends, however it ends.
 */
final class StreamAdmission implements WebFilter, Ordered {

	static final String REFUSED = "newsroom.feed.stream.refused";

	/** After the rate limit (-99), which sets the client key. */
	static final int ORDER = -98;

	private final FeedStreamProperties properties;

	private final AtomicInteger open = new AtomicInteger();

	private final ConcurrentMap<Object, AtomicInteger> perClient = new ConcurrentHashMap<>();

	private final Counter refusedForClient;

	private final Counter refusedForGateway;

	StreamAdmission(FeedStreamProperties properties, MeterRegistry registry) {
		this.properties = properties;
		this.refusedForClient = refused(registry, "client");
		this.refusedForGateway = refused(registry, "gateway");
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getMethod() != HttpMethod.GET
				|| !FeedStreamController.PATH.equals(exchange.getRequest().getPath().value())) {
			return chain.filter(exchange);
		}
		Object client = ClientKey.of(exchange);
		if (!admitClient(client)) {
			this.refusedForClient.increment();
			return refuse(exchange, HttpStatus.TOO_MANY_REQUESTS,
					"This client has " + this.properties.maxStreamsPerClient() + " streams open already");
		}
		if (this.open.incrementAndGet() > this.properties.maxStreams()) {
			this.open.decrementAndGet();
			releaseClient(client);
			this.refusedForGateway.increment();
			return refuse(exchange, HttpStatus.SERVICE_UNAVAILABLE,
					"This gateway has as many streams open as it takes");
		}
		AtomicBoolean released = new AtomicBoolean();
		return chain.filter(exchange).doFinally((signal) -> {
			if (released.compareAndSet(false, true)) {
				this.open.decrementAndGet();
				releaseClient(client);
			}
		});
	}

	/** The streams open now. */
	int open() {
		return this.open.get();
	}

	private boolean admitClient(@Nullable Object client) {
		if (client == null) {
			return true;
		}
		boolean[] admitted = { false };
		this.perClient.compute(client, (key, count) -> {
			AtomicInteger streams = (count != null) ? count : new AtomicInteger();
			if (streams.get() < this.properties.maxStreamsPerClient()) {
				streams.incrementAndGet();
				admitted[0] = true;
			}
			return (streams.get() > 0) ? streams : null;
		});
		return admitted[0];
	}

	private void releaseClient(@Nullable Object client) {
		if (client != null) {
			this.perClient.computeIfPresent(client, (key, count) -> (count.decrementAndGet() > 0) ? count : null);
		}
	}

	private Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String detail) {
		long seconds = Math.max(1, this.properties.refusedRetryAfter().toSeconds());
		return ProblemResponses.write(exchange, status, detail + "; retry in " + seconds + " s",
				HttpHeaders.RETRY_AFTER, Long.toString(seconds));
	}

	private static Counter refused(MeterRegistry registry, String limit) {
		return Counter.builder(REFUSED)
			.description("Requests for a feed stream refused because a cap on open streams was reached")
			.tag("limit", limit)
			.register(registry);
	}

}
