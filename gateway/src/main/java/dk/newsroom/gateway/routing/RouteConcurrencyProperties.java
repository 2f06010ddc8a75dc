package dk.newsroom.gateway.routing;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many routed requests the gateway sends to each service at once
 * ({@code newsroom.routes.concurrency.*}; the {@code ConcurrencyLimit} filter of a route
 * names the service): {@code max-concurrent} at once, up to {@code max-queued} more
 * waiting for one of them to finish, each at most {@code max-wait}; any other request is
 * answered 503 with {@code Retry-After} without calling the service. The limits apply to
 * every service unless {@code services.<service>} overrides some of them. Why the
 * defaults are what they are is told next to them in {@code application.yml}.
 *
 * @param maxConcurrent requests to one service at once
 * @param maxQueued requests waiting for one of those to finish (0: none wait)
 * @param maxWait how long a request waits at most
 * @param services per service (by the name in its route's filter), the limits that differ
 * from the ones above
 */
@ConfigurationProperties("newsroom.routes.concurrency")
@Validated
public record RouteConcurrencyProperties(@DefaultValue("64") @Min(1) @Max(MAX) int maxConcurrent,
		@DefaultValue("128") @Min(0) @Max(MAX) int maxQueued, @DefaultValue("2s") @NotNull Duration maxWait,
		@DefaultValue Map<String, @Valid Service> services) {

	static final int MAX = 100_000;

	public RouteConcurrencyProperties {
		requirePositive(maxWait, "newsroom.routes.concurrency.max-wait");
		services = Map.copyOf(services);
		services.forEach((service, limits) -> requirePositive(limits.maxWait(),
				"newsroom.routes.concurrency.services." + service + ".max-wait"));
	}

	/**
	 * The limits of one service: its overrides, the defaults for the rest.
	 * @param service the service's name in its route's filter
	 * @return its limits
	 */
	public Limits limits(String service) {
		Service own = this.services.get(service);
		if (own == null) {
			return new Limits(this.maxConcurrent, this.maxQueued, this.maxWait);
		}
		return new Limits((own.maxConcurrent() != null) ? own.maxConcurrent() : this.maxConcurrent,
				(own.maxQueued() != null) ? own.maxQueued() : this.maxQueued,
				(own.maxWait() != null) ? own.maxWait() : this.maxWait);
	}

	private static void requirePositive(@Nullable Duration duration, String property) {
		if (duration != null && (duration.isNegative() || duration.isZero())) {
			throw new IllegalArgumentException(property + " must be positive");
		}
	}

	/**
	 * One service's overrides; what is not set is the default.
	 *
	 * @param maxConcurrent requests to the service at once
	 * @param maxQueued requests waiting for one of those to finish
	 * @param maxWait how long a request waits at most
	 */
	public record Service(@Nullable @Min(1) @Max(MAX) Integer maxConcurrent,
			@Nullable @Min(0) @Max(MAX) Integer maxQueued, @Nullable Duration maxWait) {

	}

	/**
	 * The limits of one service.
	 *
	 * @param maxConcurrent requests to the service at once
	 * @param maxQueued requests waiting for one of those to finish
	 * @param maxWait how long a request waits at most
	 */
	public record Limits(int maxConcurrent, int maxQueued, Duration maxWait) {

	}

}
