package dk.newsroom.gateway.security;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rate limit every request passes ({@code newsroom.rate-limit.*}): each client
 * address (an IPv6 client by its /64) has a bucket of {@code capacity} requests, each
 * token subject one of {@code token-capacity}; a bucket refills evenly, full again every
 * {@code refill-period}. Anonymous requests and failed authentications take from the
 * address's bucket, authenticated ones from the subject's. The defaults allow an address
 * a burst of 300 requests and 5 a second after that (a reader's page load is four or five
 * requests, so even an office of readers behind one address is not throttled, while a
 * scraper is), and a token ten times that.
 *
 * @param enabled whether requests are limited at all
 * @param capacity how many requests a client address may make at once
 * @param tokenCapacity how many requests one token subject may make at once
 * @param refillPeriod how long an empty bucket takes to be full again
 * @param maxClients how many addresses' (and subjects') buckets are kept; beyond it the
 * least recently seen are forgotten (a forgotten client starts again with a full bucket)
 * @param trustedProxies the proxies (addresses or CIDR blocks, e.g. {@code 10.0.0.0/8})
 * whose {@code X-Forwarded-For} is believed: the client is then the rightmost address in
 * it that is not a trusted proxy; empty (the default): the connection's remote address
 */
@ConfigurationProperties("newsroom.rate-limit")
@Validated
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("300") @Min(1) @Max(1_000_000_000) long capacity,
		@DefaultValue("3000") @Min(1) @Max(1_000_000_000) long tokenCapacity,
		@DefaultValue("1m") @NotNull Duration refillPeriod,
		@DefaultValue("100000") @Min(1) @Max(100_000_000) long maxClients, @DefaultValue( {
		}) List<String> trustedProxies){

	public RateLimitProperties {
		if (refillPeriod.isNegative() || refillPeriod.isZero()) {
			throw new IllegalArgumentException("newsroom.rate-limit.refill-period must be positive");
		}
		trustedProxies = List.copyOf(trustedProxies);
		trustedProxies.forEach(ClientAddresses.Network::parse);
	}

}
