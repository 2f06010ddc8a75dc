package dk.newsroom.security;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers the tokens it verified, so a client that sends the same token with every
 * request pays for the signature once (an RSA verification was a quarter of the CPU an
 * article create cost). A token is remembered by its exact text, for at most
 * {@link #REMEMBER_FOR} and while it is in time: each use checks {@code exp} and
 * {@code nbf} again (same skew as the full check), and a token out of time is verified in
 * full again, which refuses it with the usual answer. Any other text, a single changed
 * character included, is verified in full.
 * <p>
 * The price: a token signed with a key that the issuer withdraws from its JWK set stays
 * accepted for up to {@link #REMEMBER_FOR} after that.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

	/** How long a verified token is trusted without verifying its signature again. */
	static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

	/** Tokens remembered at most; the least recently used go first. */
	static final int MAX_TOKENS = 10_000;

	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private final ReactiveJwtDecoder verifier;

	private final JwtTimestampValidator inTime = new JwtTimestampValidator(CLOCK_SKEW);

	private final Cache<String, Jwt> verified;

	VerifiedTokens(ReactiveJwtDecoder verifier) {
		this(verifier, Clock.systemUTC());
	}

	VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
		this.verifier = verifier;
		this.inTime.setClock(clock);
		this.verified = Caffeine.newBuilder()
			.maximumSize(MAX_TOKENS)
			.expireAfterWrite(REMEMBER_FOR)
			.ticker(() -> clock.millis() * 1_000_000)
			.build();
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null) {
			if (!this.inTime.validate(known).hasErrors()) {
				return Mono.just(known);
			}
			this.verified.invalidate(token);
		}
		return this.verifier.decode(token).doOnNext((jwt) -> this.verified.put(token, jwt));
	}

}
