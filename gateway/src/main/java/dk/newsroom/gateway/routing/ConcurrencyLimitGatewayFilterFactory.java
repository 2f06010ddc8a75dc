package dk.newsroom.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dk.newsroom.gateway.routing.ConcurrencyLimiter.Admission;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * The {@code ConcurrencyLimit} route filter ({@code - ConcurrencyLimit=articles}): bounds
 * the requests the gateway has under way with one service, by the service's limits in
 * {@link RouteConcurrencyProperties}. A request beyond them waits for a permit (see
 * {@link ConcurrencyLimiter}); one that finds the queue full, or waits too long, is
 * answered 503 {@code application/problem+json} with {@code Retry-After} and never
 * reaches the service.
 * <p>
 * The filter is ordered before every other filter of the route and before the response is
 * relayed ({@link NettyWriteResponseFilter}), wherever it is listed: a request holds its
 * permit until the service's answer has been passed on to the client (or the circuit
 * breaker's fallback has answered), and a refusal never passes the route's circuit
 * breaker, so it is never counted as a failure of the service.
 * <p>
 * Meters, per {@code service}: {@code newsroom.gateway.route.shed} (counter, tag
 * {@code reason}: {@code queue_full} or {@code wait_expired}),
 * {@code newsroom.gateway.route.in.flight} and {@code newsroom.gateway.route.queued}
 * (gauges).
 */
@Component
class ConcurrencyLimitGatewayFilterFactory
		extends AbstractGatewayFilterFactory<ConcurrencyLimitGatewayFilterFactory.Config> {

	/** Before the response is relayed, and so before every route filter. */
	static final int ORDER = NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;

	private static final Logger log = LoggerFactory.getLogger(ConcurrencyLimitGatewayFilterFactory.class);

	private final RouteConcurrencyProperties properties;

	private final MeterRegistry meters;

	private final RouteProblems problems;

	/** One per service, whichever routes name it, however often the routes are loaded. */
	private final Map<String, LimitedService> services = new ConcurrentHashMap<>();

	ConcurrencyLimitGatewayFilterFactory(RouteConcurrencyProperties properties, MeterRegistry meters,
			ServerCodecConfigurer codecs) {
		super(Config.class);
		this.properties = properties;
		this.meters = meters;
		this.problems = new RouteProblems(codecs);
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("service");
	}

	@Override
	public GatewayFilter apply(Config config) {
		String service = config.getService();
		if (!StringUtils.hasText(service)) {
			throw new IllegalArgumentException("The ConcurrencyLimit filter needs the name of a service");
		}
		return this.services.computeIfAbsent(service, this::limit);
	}

	private LimitedService limit(String service) {
		RouteConcurrencyProperties.Limits limits = this.properties.limits(service);
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(limits.maxConcurrent(), limits.maxQueued(),
				limits.maxWait(), Schedulers.parallel());
		Gauge.builder("newsroom.gateway.route.in.flight", limiter, ConcurrencyLimiter::inFlight)
			.description("Routed requests under way with the service (holding a permit)")
			.tag("service", service)
			.strongReference(true)
			.register(this.meters);
		Gauge.builder("newsroom.gateway.route.queued", limiter, ConcurrencyLimiter::queued)
			.description("Routed requests waiting for a permit to call the service")
			.tag("service", service)
			.strongReference(true)
			.register(this.meters);
		log.info("Requests to {}: at most {} at once, {} more waiting up to {}", service, limits.maxConcurrent(),
				limits.maxQueued(), readable(limits.maxWait()));
		return new LimitedService(service, limiter, shed(service, Admission.QUEUE_FULL),
				shed(service, Admission.WAIT_EXPIRED));
	}

	private Counter shed(String service, Admission reason) {
		return Counter.builder("newsroom.gateway.route.shed")
			.description("Routed requests answered 503 without calling the service, which had too many under way")
			.tag("service", service)
			.tag("reason", reason.name().toLowerCase(Locale.ROOT))
			.register(this.meters);
	}

	/** Whole seconds, rounded up, at least one. */
	static long retryAfterSeconds(Duration wait) {
		long seconds = wait.toSeconds();
		if (wait.compareTo(Duration.ofSeconds(seconds)) > 0) {
			seconds++;
		}
		return Math.max(1, seconds);
	}

	private static String readable(Duration duration) {
		return (duration.toMillisPart() == 0 && duration.toSeconds() > 0) ? duration.toSeconds() + " s"
				: duration.toMillis() + " ms";
	}

	/** The filter of every route to one service. */
	private final class LimitedService implements GatewayFilter, Ordered {

		private final String service;

		private final ConcurrencyLimiter limiter;

		private final Counter queueFull;

		private final Counter waitExpired;

		LimitedService(String service, ConcurrencyLimiter limiter, Counter queueFull, Counter waitExpired) {
			this.service = service;
			this.limiter = limiter;
			this.queueFull = queueFull;
			this.waitExpired = waitExpired;
		}

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
			return this.limiter.run(Mono.defer(() -> chain.filter(exchange)), (refusal) -> refuse(exchange, refusal));
		}

		@Override
		public int getOrder() {
			return ORDER;
		}

		private Mono<Void> refuse(ServerWebExchange exchange, Admission refusal) {
			boolean waited = refusal == Admission.WAIT_EXPIRED;
			(waited ? this.waitExpired : this.queueFull).increment();
			String name = this.service + "-service";
			long retryAfter = retryAfterSeconds(this.limiter.maxWait());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					waited ? name + " is busy: the request waited " + readable(this.limiter.maxWait())
							+ " for its turn; retry in " + retryAfter + " s"
							: name + " is busy: too many requests are waiting for it; retry in " + retryAfter + " s");
			problem.setTitle(name + " busy");
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
			problem.setProperty("service", this.service);
			log.debug("Refused {} {} to {}: {} ({})", exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), name, refusal, this.limiter);
			return ConcurrencyLimitGatewayFilterFactory.this.problems.write(exchange, problem,
					(headers) -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter)));
		}

		@Override
		public String toString() {
			return "[ConcurrencyLimit service = '" + this.service + "', " + this.limiter + "]";
		}

	}

	/** The filter's argument: the name of the service. */
	public static class Config {

		private @Nullable String service;

		public @Nullable String getService() {
			return this.service;
		}

		public void setService(@Nullable String service) {
			this.service = service;
		}

	}

}
