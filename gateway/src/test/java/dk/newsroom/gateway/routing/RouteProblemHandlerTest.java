package dk.newsroom.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class RouteProblemHandlerTest {

	private final RouteProblemHandler handler = new RouteProblemHandler(ServerCodecConfigurer.create());

	@Test
	void answersServiceUnavailableWhenTheServiceCannotBeReached() {
		MockServerWebExchange exchange = routedExchange();

		StepVerifier.create(this.handler.handle(exchange, new IOException(new ConnectException("Connection refused"))))
			.verifyComplete();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		StepVerifier.create(exchange.getResponse().getBodyAsString())
			.assertNext((body) -> assertThat(body).contains("\"status\":503")
				.contains("\"detail\":\"articles-service cannot be reached\"")
				.contains("\"instance\":\"/api/articles/a1\""))
			.verifyComplete();
	}

	@Test
	void answersBadGatewayWhenTheExchangeWithTheServiceBreaks() {
		MockServerWebExchange exchange = routedExchange();

		StepVerifier.create(this.handler.handle(exchange, new IOException("Connection reset"))).verifyComplete();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
	}

	@Test
	void leavesRequestsThatWereNotRoutedToOtherHandlers() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/feed"));
		IllegalStateException failure = new IllegalStateException("boom");

		StepVerifier.create(this.handler.handle(exchange, failure))
			.verifyErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure));
	}

	private static MockServerWebExchange routedExchange() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/articles/a1"));
		Route route = Route.async().id("articles-service").uri("http://localhost:1").predicate((e) -> true).build();
		exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
		return exchange;
	}

}
