package dk.newsroom.gateway.feed.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record carrying a W3C {@code traceparent} (the trace of the write that caused it) is
 * applied in a consumer span of that trace, a child of the span the record names.
 */
@NewsroomIntegrationTest(properties = { "newsroom.feed.topics.article=" + FeedTracingIntegrationTest.TOPIC,
		"newsroom.feed.topic-refresh-interval=200ms", "management.opentelemetry.tracing.export.schedule-delay=50ms" })
@Import(FeedTracingIntegrationTest.SpanCapture.class)
class FeedTracingIntegrationTest {

	static final String TOPIC = "gateway-it.tracing.articles.v1";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static TestTopics topics;

	@Autowired
	private InMemorySpanExporter spans;

	@LocalManagementPort
	private int managementPort;

	@BeforeAll
	static void createTopic() {
		TestTopics.create(TOPIC, 1);
		topics = new TestTopics();
	}

	@AfterAll
	static void closeProducer() {
		topics.close();
	}

	@Test
	void appliesARecordInASpanContinuingItsTrace() {
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(Readiness.of(Readiness.management(this.managementPort)).httpStatus())
				.isEqualTo(200));
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		String producerSpanId = "00f067aa0ba902b7";
		Headers headers = ArticleRecords.headers("traced", "created", 1L);
		headers.add("traceparent", ("00-" + traceId + "-" + producerSpanId + "-01").getBytes(StandardCharsets.UTF_8));
		topics.send(TOPIC, "traced", ArticleRecords.value("traced", "PUBLISHED", Instant.now().minusSeconds(5), 1),
				headers);

		await().atMost(WAIT).untilAsserted(() -> {
			List<SpanData> applied = this.spans.getFinishedSpanItems()
				.stream()
				.filter((span) -> span.getName().equals("feed.apply"))
				.toList();
			assertThat(applied).singleElement().satisfies((span) -> {
				assertThat(span.getTraceId()).isEqualTo(traceId);
				assertThat(span.getParentSpanId()).isEqualTo(producerSpanId);
				assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
				assertThat(span.getAttributes().asMap())
					.anySatisfy((key, value) -> assertThat(key.getKey() + "=" + value)
						.isEqualTo("messaging.destination.name=" + TOPIC));
			});
		});
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SpanCapture {

		@Bean
		InMemorySpanExporter inMemorySpanExporter() {
			return InMemorySpanExporter.create();
		}

	}

}
