package dk.newsroom.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

	private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");

	private final MovableClock clock = new MovableClock(START);

	@Test
	void theSameTokenIsVerifiedOnce() {
		CountingVerifier verifier = new CountingVerifier(
				(token) -> Mono.just(jwt(token, START.plus(Duration.ofHours(1)))));
		VerifiedTokens tokens = new VerifiedTokens(verifier, this.clock);

		Jwt first = tokens.decode("token-a").block();
		Jwt again = tokens.decode("token-a").block();

		assertThat(again).isSameAs(first);
		assertThat(verifier.calls.get()).isEqualTo(1);
	}

	@Test
	void anyOtherTextIsVerifiedInFull() {
		CountingVerifier verifier = new CountingVerifier(
				(token) -> token.equals("token-a") ? Mono.just(jwt(token, START.plus(Duration.ofHours(1))))
						: Mono.error(new BadJwtException("bad signature")));
		VerifiedTokens tokens = new VerifiedTokens(verifier, this.clock);
		tokens.decode("token-a").block();

		StepVerifier.create(tokens.decode("token-b")).expectError(BadJwtException.class).verify();
		assertThat(verifier.calls.get()).isEqualTo(2);
	}

	@Test
	void aRefusedTokenIsNotRemembered() {
		CountingVerifier verifier = new CountingVerifier((token) -> Mono.error(new BadJwtException("bad signature")));
		VerifiedTokens tokens = new VerifiedTokens(verifier, this.clock);

		StepVerifier.create(tokens.decode("token-a")).expectError(BadJwtException.class).verify();
		StepVerifier.create(tokens.decode("token-a")).expectError(BadJwtException.class).verify();
		assertThat(verifier.calls.get()).isEqualTo(2);
	}

	@Test
	void aRememberedTokenThatRanOutOfTimeIsVerifiedAgainAndRefused() {
		Instant expires = START.plus(Duration.ofSeconds(30));
		CountingVerifier verifier = new CountingVerifier(
				(token) -> this.clock.instant().isBefore(expires.plusSeconds(60)) ? Mono.just(jwt(token, expires))
						: Mono.error(new BadJwtException("Jwt expired at " + expires)));
		VerifiedTokens tokens = new VerifiedTokens(verifier, this.clock);
		tokens.decode("token-a").block();

		// Within the skew it is still in time, and still remembered.
		this.clock.advance(Duration.ofSeconds(80));
		assertThat(tokens.decode("token-a").block()).isNotNull();
		assertThat(verifier.calls.get()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(20));
		StepVerifier.create(tokens.decode("token-a")).expectErrorMessage("Jwt expired at " + expires).verify();
		assertThat(verifier.calls.get()).isEqualTo(2);
	}

	@Test
	void aTokenIsVerifiedAgainOnceItWasRememberedLongEnough() {
		CountingVerifier verifier = new CountingVerifier(
				(token) -> Mono.just(jwt(token, START.plus(Duration.ofHours(1)))));
		VerifiedTokens tokens = new VerifiedTokens(verifier, this.clock);
		tokens.decode("token-a").block();

		this.clock.advance(VerifiedTokens.REMEMBER_FOR.minusSeconds(1));
		tokens.decode("token-a").block();
		assertThat(verifier.calls.get()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(2));
		tokens.decode("token-a").block();
		assertThat(verifier.calls.get()).isEqualTo(2);
	}

	private Jwt jwt(String token, Instant expires) {
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("editor")
			.issuedAt(START)
			.notBefore(START)
			.expiresAt(expires)
			.build();
	}

	private static final class CountingVerifier implements ReactiveJwtDecoder {

		private final AtomicInteger calls = new AtomicInteger();

		private final Function<String, Mono<Jwt>> answer;

		CountingVerifier(Function<String, Mono<Jwt>> answer) {
			this.answer = answer;
		}

		@Override
		public Mono<Jwt> decode(String token) {
			return Mono.defer(() -> {
				this.calls.incrementAndGet();
				return this.answer.apply(token);
			});
		}

	}

	private static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
