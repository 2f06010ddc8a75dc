package dk.newsroom.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Carries a write's trace to the Kafka record it causes, however late the record is sent
 * (docs/design.md §4: W3C {@code traceparent} travels on the records).
 * <p>
 * At write time ({@link OutboxWriter}) the W3C context of the current span (the HTTP
 * server observation of the request, or a span nested in it) is stored in the outbox
 * entry. At send time ({@link OutboxSender}) a producer span, a child of that stored
 * context, wraps the send and its context goes out as the record's {@code traceparent}
 * (and {@code tracestate}) header, whether the relay sends right after the write, the
 * relay after a crash, or another replica. Only those two headers are written (the event
 * contract allows no other tracing header, baggage included). Without a tracer the stored
 * context is passed through unchanged.
 */
public class OutboxTracing {

	/** The header names, as in {@code EventContract.TRACING_HEADER_NAMES}. */
	public static final String TRACEPARENT = "traceparent";

	public static final String TRACESTATE = "tracestate";

	/** Stores and sends no trace context of its own. */
	public static final OutboxTracing NONE = new OutboxTracing(Tracer.NOOP, Propagator.NOOP);

	private final Tracer tracer;

	private final Propagator propagator;

	public OutboxTracing(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * The entry with the trace context of the current span: the observation in the
	 * subscriber's Reactor context (WebFlux puts the request's there), else the span
	 * current on this thread.
	 */
	Mono<OutboxEntry> capture(OutboxEntry entry) {
		return Mono.deferContextual((context) -> Mono.just(capture(context, entry)));
	}

	private OutboxEntry capture(ContextView context, OutboxEntry entry) {
		Span span = currentSpan(context);
		if (span == null || span.isNoop()) {
			return entry;
		}
		Map<String, String> carrier = new HashMap<>();
		this.propagator.inject(span.context(), carrier, Map::put);
		String traceparent = carrier.get(TRACEPARENT);
		return (traceparent != null) ? entry.withTraceContext(traceparent, carrier.get(TRACESTATE)) : entry;
	}

	private @Nullable Span currentSpan(ContextView context) {
		Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
		if (observation != null) {
			TracingObservationHandler.TracingContext tracing = observation.getContextView()
				.get(TracingObservationHandler.TracingContext.class);
			if (tracing != null && tracing.getSpan() != null) {
				return tracing.getSpan();
			}
		}
		return this.tracer.currentSpan();
	}

	/**
	 * Sends inside a producer span whose parent is the entry's stored context (a new
	 * trace when it has none), and puts that span's context on the record's headers.
	 * @param topic the record's topic
	 * @param id the record's key
	 * @param entry the entry being sent
	 * @param headers the record's headers, still writable
	 * @param send sends the record, completing on acknowledgement
	 */
	Mono<Void> send(String topic, String id, OutboxEntry entry, Headers headers, Supplier<Mono<Void>> send) {
		return Mono.defer(() -> {
			Span span = producerSpan(topic, id, entry);
			Map<String, String> carrier = new HashMap<>();
			this.propagator.inject(span.context(), carrier, Map::put);
			if (!carrier.containsKey(TRACEPARENT)) {
				// No tracer: pass the stored context through.
				carrier.clear();
				put(carrier, TRACEPARENT, entry.traceparent());
				put(carrier, TRACESTATE, entry.tracestate());
			}
			setHeader(headers, TRACEPARENT, carrier.get(TRACEPARENT));
			setHeader(headers, TRACESTATE, carrier.get(TRACESTATE));
			return send.get().doOnError(span::error).doFinally((signal) -> span.end());
		});
	}

	private Span producerSpan(String topic, String id, OutboxEntry entry) {
		Span.Builder builder;
		if (entry.traceparent() != null) {
			Map<String, String> stored = new HashMap<>();
			put(stored, TRACEPARENT, entry.traceparent());
			put(stored, TRACESTATE, entry.tracestate());
			builder = this.propagator.extract(stored, Map::get);
		}
		else {
			builder = this.tracer.spanBuilder().setNoParent();
		}
		return builder.name(topic + " send")
			.kind(Span.Kind.PRODUCER)
			.tag("messaging.system", "kafka")
			.tag("messaging.operation", "send")
			.tag("messaging.destination.name", topic)
			.tag("messaging.message.id", entry.eventId())
			.tag("messaging.kafka.message.key", id)
			.start();
	}

	private static void put(Map<String, String> carrier, String key, @Nullable String value) {
		if (value != null) {
			carrier.put(key, value);
		}
	}

	private static void setHeader(Headers headers, String name, @Nullable String value) {
		headers.remove(name);
		if (value != null && !value.isEmpty()) {
			headers.add(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

}
