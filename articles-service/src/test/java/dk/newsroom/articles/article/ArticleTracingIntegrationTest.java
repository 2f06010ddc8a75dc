package dk.newsroom.articles.article;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.TopicSnapshot;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.testsupport.TopicSnapshot.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the write to the record (docs/design.md §4): the request's server span,
 * the relay's producer span as its descendant, and the record's {@code traceparent}
 * naming that producer span.
 */
@NewsroomIntegrationTest(properties = "management.opentelemetry.tracing.export.schedule-delay=50ms")
@Import(SpanCapture.class)
class ArticleTracingIntegrationTest {

	static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

	private static final String TOPIC = "newsroom.articles.v1";

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	WebTestClient http;

	@Autowired
	InMemorySpanExporter spans;

	@BeforeEach
	void forgetSpans() {
		this.spans.reset();
	}

	@Test
	void continuesTheTraceOfTheRequestOnTheRecord() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		String callerSpanId = "00f067aa0ba902b7";
		String id = create("00-" + traceId + "-" + callerSpanId + "-01");

		Matcher traceparent = traceparent(recordOf(id));
		assertThat(traceparent.group(1)).isEqualTo(traceId);
		assertThat(traceparent.group(2)).as("the producer span's, not the caller's").isNotEqualTo(callerSpanId);

		await().atMost(WAIT).untilAsserted(() -> {
			SpanData producer = span(traceparent.group(2));
			assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
			assertThat(producer.getName()).isEqualTo(TOPIC + " send");
			assertThat(producer.getTraceId()).isEqualTo(traceId);
			assertThat(ancestors(producer)).as("the request's server span is an ancestor")
				.anySatisfy((span) -> assertThat(span.getKind()).isEqualTo(SpanKind.SERVER));
		});
	}

	@Test
	void startsATraceForARequestWithoutOneAndTheRecordCarriesIt() {
		String id = create(null);

		Matcher traceparent = traceparent(recordOf(id));
		String traceId = traceparent.group(1);
		assertThat(traceId).isNotEqualTo("0".repeat(32));
		await().atMost(WAIT).untilAsserted(() -> {
			List<SpanData> trace = this.spans.getFinishedSpanItems()
				.stream()
				.filter((span) -> span.getTraceId().equals(traceId))
				.toList();
			assertThat(trace).as("the server span of the request that wrote it")
				.anySatisfy((span) -> assertThat(span.getKind()).isEqualTo(SpanKind.SERVER));
			assertThat(trace).anySatisfy((span) -> assertThat(span.getSpanId()).isEqualTo(traceparent.group(2)));
		});
	}

	private String create(String traceparent) {
		return TestTokens.authorized(this.http, Scopes.ARTICLES_WRITE)
			.post()
			.uri("/api/articles")
			.headers((headers) -> {
				if (traceparent != null) {
					headers.set("traceparent", traceparent);
				}
			})
			.bodyValue(ArticleFixtures.validArticle(ArticleApiIntegrationTest.uniqueTag()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody()
			.id();
	}

	private static ConsumerRecord<String, byte[]> recordOf(String id) {
		return await().atMost(WAIT).until(() -> TopicSnapshot.read(TOPIC, id), (records) -> !records.isEmpty()).get(0);
	}

	private static Matcher traceparent(ConsumerRecord<String, byte[]> record) {
		String value = header(record, "traceparent");
		assertThat(value).as("traceparent header").isNotNull().matches(TRACEPARENT);
		Matcher matcher = TRACEPARENT.matcher(value);
		assertThat(matcher.matches()).isTrue();
		return matcher;
	}

	private SpanData span(String spanId) {
		return this.spans.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getSpanId().equals(spanId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no finished span " + spanId));
	}

	private List<SpanData> ancestors(SpanData span) {
		List<SpanData> finished = this.spans.getFinishedSpanItems();
		java.util.ArrayList<SpanData> ancestors = new java.util.ArrayList<>();
		String parent = span.getParentSpanId();
		while (parent != null) {
			String wanted = parent;
			SpanData found = finished.stream()
				.filter((candidate) -> candidate.getSpanId().equals(wanted))
				.findFirst()
				.orElse(null);
			if (found == null) {
				break;
			}
			ancestors.add(found);
			parent = found.getParentSpanContext().isValid() ? found.getParentSpanId() : null;
		}
		return ancestors;
	}

}
