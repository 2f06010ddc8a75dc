package dk.newsroom.gateway.feed.stream;

import java.net.InetSocketAddress;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class StreamAdmissionTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final StreamAdmission admission = new StreamAdmission(new FeedStreamProperties(100, 4,
			Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofMinutes(30), 3, 2, Duration.ofSeconds(7)),
			this.registry);

	/** Streams that stay open until their sink completes. */
	private final Sinks.Empty<Void> streamsEnd = Sinks.empty();

	private final WebFilterChain streaming = (exchange) -> this.streamsEnd.asMono();

	@Test
	void aClientOverItsCapGets429AndTheGatewayOverItsCap503BeforeAStreamStarts() {
		Disposable first = open("10.0.0.1");
		Disposable second = open("10.0.0.1");

		MockServerWebExchange third = exchange("10.0.0.1");
		this.admission.filter(third, this.streaming).block(Duration.ofSeconds(5));
		assertRefused(third, HttpStatus.TOO_MANY_REQUESTS);

		Disposable other = open("10.0.0.2");
		MockServerWebExchange overall = exchange("10.0.0.3");
		this.admission.filter(overall, this.streaming).block(Duration.ofSeconds(5));
		assertRefused(overall, HttpStatus.SERVICE_UNAVAILABLE);

		assertThat(this.admission.open()).isEqualTo(3);
		assertThat(this.registry.get(StreamAdmission.REFUSED).tag("limit", "client").counter().count()).isOne();
		assertThat(this.registry.get(StreamAdmission.REFUSED).tag("limit", "gateway").counter().count()).isOne();
		first.dispose();
		second.dispose();
		other.dispose();
	}

	@Test
	void aStreamThatEndsOrIsCancelledGivesItsPlaceBack() {
		Disposable cancelled = open("10.0.0.1");
		open("10.0.0.1");
		cancelled.dispose();

		assertThat(this.admission.open()).isOne();
		MockServerWebExchange again = exchange("10.0.0.1");
		Disposable admitted = this.admission.filter(again, this.streaming).subscribe();
		assertThat(again.getResponse().getStatusCode()).isNull();
		assertThat(this.admission.open()).isEqualTo(2);

		this.streamsEnd.tryEmitEmpty();

		assertThat(this.admission.open()).isZero();
		admitted.dispose();
		assertThat(this.admission.open()).as("released once").isZero();
	}

	@Test
	void otherRequestsPassUncounted() {
		MockServerWebExchange feed = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/feed").remoteAddress(new InetSocketAddress("10.0.0.1", 40000)));

		for (int i = 0; i < 5; i++) {
			this.admission.filter(feed, (exchange) -> Mono.empty()).block(Duration.ofSeconds(5));
		}

		assertThat(this.admission.open()).isZero();
	}

	private Disposable open(String address) {
		MockServerWebExchange exchange = exchange(address);
		Disposable stream = this.admission.filter(exchange, this.streaming).subscribe();
		assertThat(exchange.getResponse().getStatusCode()).as("admitted").isNull();
		return stream;
	}

	private static MockServerWebExchange exchange(String address) {
		return MockServerWebExchange.from(MockServerHttpRequest.get(FeedStreamController.PATH)
			.remoteAddress(new InetSocketAddress(address, 40000))
			.accept(MediaType.TEXT_EVENT_STREAM));
	}

	private static void assertRefused(ServerWebExchange exchange, HttpStatus status) {
		MockServerWebExchange mock = (MockServerWebExchange) exchange;
		assertThat(mock.getResponse().getStatusCode()).isEqualTo(status);
		assertThat(mock.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("7");
		assertThat(mock.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mock.getResponse().getBodyAsString().block(Duration.ofSeconds(5)))
			.contains("\"status\":" + status.value())
			.contains("retry in 7 s");
	}

}
