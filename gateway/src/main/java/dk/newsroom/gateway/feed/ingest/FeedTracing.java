package dk.newsroom.gateway.feed.ingest;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Continues a content change's trace in the gateway: applying a record that carries a W3C
 * {@code traceparent} (the write's trace, see the content services' outbox) runs inside a
 * consumer span {@value #SPAN_NAME} whose parent is that context, with the span current
 * so that log lines written meanwhile carry its ids.
 * <p>
 * Records read while catching up at start are replayed history: they are applied without
 * a span, so a restart does not add spans to every trace still on the topics. So are
 * records without a {@code traceparent}.
 */
final class FeedTracing {

	static final String SPAN_NAME = "feed.apply";

	static final String TRACEPARENT = "traceparent";

	static final FeedTracing NONE = new FeedTracing(Tracer.NOOP, Propagator.NOOP);

	private static final Propagator.Getter<Headers> HEADERS = CloudEventHeaders::text;

	private final Tracer tracer;

	private final Propagator propagator;

	FeedTracing(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * Runs {@code apply} for the record, in a span continuing the record's trace when it
	 * has one and the feed is live.
	 * @param record the record
	 * @param live whether the feed has caught up (false while replaying at start)
	 * @param apply decodes and applies the record
	 */
	void apply(ConsumerRecord<String, byte[]> record, boolean live, Runnable apply) {
		if (!live || CloudEventHeaders.text(record.headers(), TRACEPARENT) == null) {
			apply.run();
			return;
		}
		Span span = this.propagator.extract(record.headers(), HEADERS)
			.name(SPAN_NAME)
			.kind(Span.Kind.CONSUMER)
			.tag("messaging.system", "kafka")
			.tag("messaging.operation", "process")
			.tag("messaging.destination.name", record.topic())
			.tag("messaging.kafka.destination.partition", Integer.toString(record.partition()))
			.tag("messaging.kafka.message.offset", Long.toString(record.offset()))
			.tag("messaging.kafka.message.key", String.valueOf(record.key()))
			.start();
		String eventId = CloudEventHeaders.text(record.headers(), "ce_id");
		if (eventId != null) {
			span.tag("messaging.message.id", eventId);
		}
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			apply.run();
		}
		catch (RuntimeException | Error ex) {
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

}
