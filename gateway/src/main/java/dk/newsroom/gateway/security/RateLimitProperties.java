package dk.newsroom.gateway.security;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rate limit on anonymous requests ({@code newsroom.rate-limit.*}): each client has a
 * bucket of {@code capacity} requests that refills evenly, a full bucket every
 * {@code refill-period}. The defaults allow a burst of 300 requests and 5 a second after
 * that: a reader's page load is four or five requests (the page, its script and style
 * sheet, the stream), so even an office of readers behind one address is not throttled,
 * while a scraper is.
 *
 * @param enabled whether anonymous requests are limited at all
 * @param capacity how many requests a client may make at once
 * @param refillPeriod how long an empty bucket takes to be full again
 * @param maxClients how many clients' buckets are kept; beyond it the least recently seen
 * are forgotten (a forgotten client starts again with a full bucket)
 * @param trustForwardedFor whether the client is the first address in
 * {@code X-Forwarded-For} rather than the connection's remote address: only behind a
 * proxy that sets that header itself, as anybody can send it
 */
@ConfigurationProperties("newsroom.rate-limit")
@Validated
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("300") @Min(1) @Max(1_000_000_000) long capacity,
		@DefaultValue("1m") @NotNull Duration refillPeriod,
		@DefaultValue("100000") @Min(1) @Max(100_000_000) long maxClients,
		@DefaultValue("false") boolean trustForwardedFor) {

	public RateLimitProperties {
		if (refillPeriod.isNegative() || refillPeriod.isZero()) {
			throw new IllegalArgumentException("newsroom.rate-limit.refill-period must be positive");
		}
	}

}
