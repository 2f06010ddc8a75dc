package dk.newsroom.gateway.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymousRateLimitFilterTest {

	private static final WebFilterChain PASS = (exchange) -> Mono.empty();

	@Test
	void theClientIsTheRemoteAddressUnlessForwardedForIsTrusted() throws Exception {
		MockServerHttpRequest request = MockServerHttpRequest.get("/api/feed")
			.remoteAddress(new InetSocketAddress(InetAddress.getByName("192.0.2.7"), 53000))
			.header("X-Forwarded-For", "198.51.100.1, 192.0.2.7")
			.build();
		assertThat(filter(false, 10).client(request)).isEqualTo(InetAddress.getByName("192.0.2.7"));
		assertThat(filter(true, 10).client(request)).isEqualTo("198.51.100.1");
		MockServerHttpRequest direct = MockServerHttpRequest.get("/api/feed")
			.remoteAddress(new InetSocketAddress(InetAddress.getByName("192.0.2.8"), 53000))
			.build();
		assertThat(filter(true, 10).client(direct)).isEqualTo(InetAddress.getByName("192.0.2.8"));
	}

	@Test
	void theFirstHopIsTrimmedAndABlankHeaderIsNoHop() {
		assertThat(AnonymousRateLimitFilter.firstHop(" 198.51.100.1 ,10.0.0.1")).isEqualTo("198.51.100.1");
		assertThat(AnonymousRateLimitFilter.firstHop("2001:db8::1")).isEqualTo("2001:db8::1");
		assertThat(AnonymousRateLimitFilter.firstHop(" , 10.0.0.1")).isNull();
		assertThat(AnonymousRateLimitFilter.firstHop(null)).isNull();
	}

	@Test
	void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
		assertThat(AnonymousRateLimitFilter.retryAfterSeconds(0)).isEqualTo(1);
		assertThat(AnonymousRateLimitFilter.retryAfterSeconds(1)).isEqualTo(1);
		assertThat(AnonymousRateLimitFilter.retryAfterSeconds(TimeUnit.SECONDS.toNanos(2))).isEqualTo(2);
		assertThat(AnonymousRateLimitFilter.retryAfterSeconds(TimeUnit.MILLISECONDS.toNanos(2001))).isEqualTo(3);
	}

	@Test
	void limitsAnonymousRequestsPerClientOnly() throws Exception {
		AnonymousRateLimitFilter filter = filter(false, 2);
		InetSocketAddress client = new InetSocketAddress(InetAddress.getByName("192.0.2.9"), 40000);
		for (int i = 0; i < 2; i++) {
			MockServerWebExchange ok = MockServerWebExchange.from(MockServerHttpRequest.get("/").remoteAddress(client));
			filter.filter(ok, PASS).block();
			assertThat(ok.getResponse().getStatusCode()).isNull();
		}
		MockServerWebExchange limited = MockServerWebExchange
			.from(MockServerHttpRequest.get("/").remoteAddress(client));
		filter.filter(limited, PASS).block();
		assertThat(limited.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(limited.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L,
				30L);

		MockServerWebExchange withToken = MockServerWebExchange
			.from(MockServerHttpRequest.get("/").remoteAddress(client).header(HttpHeaders.AUTHORIZATION, "Bearer x"));
		filter.filter(withToken, PASS).block();
		assertThat(withToken.getResponse().getStatusCode()).isNull();
	}

	private static AnonymousRateLimitFilter filter(boolean trustForwardedFor, long capacity) {
		return new AnonymousRateLimitFilter(
				new RateLimitProperties(true, capacity, Duration.ofMinutes(1), 1000, trustForwardedFor));
	}

}
