package dk.newsroom.gateway.security;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.newsroom.security.ProblemResponses;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.SynchronizationStrategy;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

/**
 * The token buckets of the rate limit (Bucket4j): per client address
 * ({@link ClientAddresses}) one for its anonymous requests and failed authentications and
 * one for its failed authentications alone; per token subject one for authenticated
 * requests. Each kind is kept in a bounded map that forgets a client once its bucket
 * would be full again anyway.
 */
final class RateLimits {

	private final Cache<Object, Bucket> addresses;

	private final Cache<String, Bucket> subjects;

	private final Cache<Object, Bucket> failures;

	private final Function<Object, Bucket> newAddressBucket;

	private final Function<String, Bucket> newSubjectBucket;

	private final ClientAddresses clients;

	RateLimits(RateLimitProperties properties) {
		this.newAddressBucket = bucketsOf(properties.capacity(), properties);
		this.newSubjectBucket = bucketsOf(properties.tokenCapacity(), properties);
		this.addresses = cache(properties);
		this.failures = cache(properties);
		this.subjects = cache(properties);
		this.clients = new ClientAddresses(properties.trustedProxies());
	}

	/**
	 * New buckets of {@code capacity} tokens, refilled evenly over the refill period.
	 * Lock-free (compare-and-set): one client's requests do arrive on several event loops
	 * at once, and a locking bucket parks the event loop that finds it taken.
	 */
	private static <K> Function<K, Bucket> bucketsOf(long capacity, RateLimitProperties properties) {
		Bandwidth limit = Bandwidth.builder()
			.capacity(capacity)
			.refillGreedy(capacity, properties.refillPeriod())
			.build();
		return (client) -> Bucket.builder()
			.addLimit(limit)
			.withSynchronizationStrategy(SynchronizationStrategy.LOCK_FREE)
			.build();
	}

	/**
	 * Bounded; forgets a client once its bucket would be full again anyway.
	 */
	private static <K> Cache<K, Bucket> cache(RateLimitProperties properties) {
		return Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(properties.refillPeriod().toNanos(), TimeUnit.NANOSECONDS)
			.build();
	}

	ClientAddresses clients() {
		return this.clients;
	}

	Bucket address(Object client) {
		return this.addresses.get(client, this.newAddressBucket);
	}

	/**
	 * The address's failed authentications (as many as its requests): once empty, its
	 * tokens are refused before they are checked.
	 */
	Bucket failures(Object client) {
		return this.failures.get(client, this.newAddressBucket);
	}

	/** A failed authentication: counts against the address, and as a failure. */
	void failed(Object client) {
		address(client).tryConsume(1);
		failures(client).tryConsume(1);
	}

	Bucket subject(String subject) {
		return this.subjects.get(subject, this.newSubjectBucket);
	}

	/**
	 * Takes one token; answers 429 problem+json with {@code Retry-After} when there is
	 * none, else goes on.
	 */
	static Mono<Void> take(Bucket bucket, ServerWebExchange exchange, Mono<Void> next) {
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? next : tooManyRequests(exchange, probe.getNanosToWaitForRefill());
	}

	static Mono<Void> tooManyRequests(ServerWebExchange exchange, long nanosToWait) {
		long retryAfter = retryAfterSeconds(nanosToWait);
		return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests from this client; retry in " + retryAfter + " s", HttpHeaders.RETRY_AFTER,
				Long.toString(retryAfter));
	}

	/** Whole seconds, rounded up, at least one. */
	static long retryAfterSeconds(long nanosToWait) {
		long seconds = TimeUnit.NANOSECONDS.toSeconds(nanosToWait);
		if (TimeUnit.SECONDS.toNanos(seconds) < nanosToWait) {
			seconds++;
		}
		return Math.max(1, seconds);
	}

}
