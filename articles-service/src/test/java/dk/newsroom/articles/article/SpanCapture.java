package dk.newsroom.articles.article;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the spans the application finishes, for tests that check a trace. Boot's span
 * processor exports to every {@code SpanExporter} bean; set
 * {@code management.opentelemetry.tracing.export.schedule-delay} low to see them soon.
 */
@TestConfiguration(proxyBeanMethods = false)
class SpanCapture {

	@Bean
	InMemorySpanExporter inMemorySpanExporter() {
		return InMemorySpanExporter.create();
	}

}
