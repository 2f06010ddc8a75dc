package dk.newsroom.articles.article;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import java.time.Duration;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} every log line is one JSON object,
 * and a line logged while handling a request carries the request's trace and span ids
 * (Reactor restores the trace context in every operator, see
 * {@code spring.reactor.context-propagation}).
 */
@NewsroomIntegrationTest(properties = { "logging.structured.format.console=ecs",
		// The tests' logback-test.xml (test-support) has a plain console appender; this
		// one is
		// Boot's structured appender, which reads the format from the property above.
		"logging.config=classpath:logback-structured-test.xml" })
@Import(StructuredLoggingIntegrationTest.LoggingFilter.class)
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingIntegrationTest {

	static final String MESSAGE = "structured-logging-test: request handled";

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	@Test
	void logsJsonLinesWithTheTraceIdOfTheRequest(CapturedOutput output) {
		String traceId = "5c2f1d0e8b7a4c3d9e1f0a2b3c4d5e6f";
		this.http.get()
			.uri("/api/articles")
			.header("traceparent", "00-" + traceId + "-a1b2c3d4e5f60718-01")
			.exchange()
			.expectStatus()
			.isOk();

		// The filter logs when the response has completed on the server, which can be
		// just after the client has read it.
		String line = await().atMost(Duration.ofSeconds(5))
			.until(() -> output.getOut()
				.lines()
				.filter((candidate) -> candidate.contains(MESSAGE))
				.findFirst()
				.orElse(null), Objects::nonNull);
		JsonNode event = this.json.readTree(line);
		assertThat(event.path("message").asString()).isEqualTo(MESSAGE);
		assertThat(event.path("service").path("name").asString()).isEqualTo("articles-service");
		assertThat(event.path("traceId").asString()).isEqualTo(traceId);
		assertThat(event.path("spanId").asString()).matches("[0-9a-f]{16}");
	}

	/** Logs once per request, after the handler, on whatever thread completes it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class LoggingFilter {

		private static final Logger log = LoggerFactory.getLogger(StructuredLoggingIntegrationTest.class);

		@Bean
		WebFilter structuredLoggingTestFilter() {
			return (exchange, chain) -> chain.filter(exchange).doOnSuccess((done) -> log.info(MESSAGE));
		}

	}

}
