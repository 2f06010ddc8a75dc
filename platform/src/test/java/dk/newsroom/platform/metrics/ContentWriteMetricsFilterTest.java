package dk.newsroom.platform.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ContentWriteMetricsFilterTest {

	@Test
	void namesTheOperationOfEachWriteRoute() {
		assertThat(operation(HttpMethod.POST, "/api/articles")).isEqualTo("create");
		assertThat(operation(HttpMethod.POST, "/api/people/preview")).isEqualTo("preview");
		assertThat(operation(HttpMethod.PUT, "/api/events/e1")).isEqualTo("update");
		assertThat(operation(HttpMethod.POST, "/api/articles/a1/publish")).isEqualTo("publish");
		assertThat(operation(HttpMethod.POST, "/api/articles/a1/withdraw")).isEqualTo("withdraw");
		assertThat(operation(HttpMethod.DELETE, "/api/articles/a1")).isEqualTo("delete");
	}

	@Test
	void leavesReadsAndOtherPathsAlone() {
		assertThat(operation(HttpMethod.GET, "/api/articles")).isNull();
		assertThat(operation(HttpMethod.GET, "/api/articles/a1")).isNull();
		assertThat(operation(HttpMethod.POST, "/actuator/health")).isNull();
		assertThat(operation(HttpMethod.POST, "/api/articles/a1/unknown")).isNull();
	}

	@Test
	void readsTheOutcomeFromTheStatus() {
		assertThat(outcome(200)).isEqualTo("success");
		assertThat(outcome(201)).isEqualTo("success");
		assertThat(outcome(204)).isEqualTo("success");
		assertThat(outcome(400)).isEqualTo("invalid");
		assertThat(outcome(413)).isEqualTo("invalid");
		assertThat(outcome(415)).isEqualTo("invalid");
		assertThat(outcome(404)).isEqualTo("not_found");
		assertThat(outcome(409)).isEqualTo("conflict");
		assertThat(outcome(412)).isEqualTo("precondition_failed");
		assertThat(outcome(428)).isEqualTo("precondition_failed");
		assertThat(outcome(500)).isEqualTo("error");
		assertThat(outcome(503)).isEqualTo("error");
		assertThat(outcome(401)).as("refused, not counted").isNull();
		assertThat(outcome(403)).as("refused, not counted").isNull();
	}

	@Test
	void countsWhenTheAnswerIsCommittedWithTheStatusItWasCommittedWith() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		ContentWriteMetricsFilter filter = new ContentWriteMetricsFilter(registry, "article");
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/articles"));

		// The handler failed; an error handler later answers 409.
		StepVerifier.create(filter.filter(exchange, (ignored) -> Mono.error(new IllegalStateException("conflict"))))
			.verifyError(IllegalStateException.class);
		assertThat(registry.find(ContentWriteMetricsFilter.METER).counters()).as("nothing answered yet").isEmpty();

		exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
		exchange.getResponse().setComplete().block();
		assertThat(registry.get(ContentWriteMetricsFilter.METER)
			.tags("type", "article", "operation", "create", "outcome", "conflict")
			.counter()
			.count()).isEqualTo(1);
		assertThat(registry.find(ContentWriteMetricsFilter.METER).counters()).hasSize(1);
	}

	@Test
	void anAbandonedRequestIsNotCounted() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		ContentWriteMetricsFilter filter = new ContentWriteMetricsFilter(registry, "article");
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.delete("/api/articles/a1"));

		StepVerifier.create(filter.filter(exchange, (ignored) -> Mono.never())).thenCancel().verify();
		assertThat(registry.find(ContentWriteMetricsFilter.METER).counters()).isEmpty();
	}

	private static String operation(HttpMethod method, String path) {
		return ContentWriteMetricsFilter.operationOf(method, PathContainer.parsePath(path));
	}

	private static String outcome(int status) {
		return ContentWriteMetricsFilter.outcomeOf(HttpStatusCode.valueOf(status));
	}

}
