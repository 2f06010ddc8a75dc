package dk.newsroom.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The outbox's meters, all tagged with the content {@code type} (the last part of the
 * event type prefix: {@code article}, {@code event}, {@code person}):
 * <ul>
 * <li>{@code newsroom.outbox.pending.entries} (gauge): pending entries across the
 * collection, as last measured by the sweeper;</li>
 * <li>{@code newsroom.outbox.oldest.pending.age} (gauge, seconds): how old the oldest
 * pending entry's change was at that measurement, 0 when none is pending;</li>
 * <li>{@code newsroom.outbox.publish} (timer, tag {@code outcome} success|failure): from
 * the change ({@link OutboxEntry#time()}) to the broker's acknowledgement, with a
 * percentile histogram.</li>
 * </ul>
 * The measurement reads only the entries' times of documents with pending entries (at
 * most {@value #MEASURE_LIMIT} documents), the same query on MongoDB and on the stand-in.
 */
public class OutboxMetrics {

	static final int MEASURE_LIMIT = 10_000;

	private static final String TIME = "time";

	private final ReactiveMongoTemplate template;

	private final String collection;

	private final Clock clock;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicReference<Double> oldestAgeSeconds = new AtomicReference<>(0.0);

	private final Timer published;

	private final Timer failed;

	public OutboxMetrics(MeterRegistry registry, ReactiveMongoTemplate template, OutboxProperties properties,
			Clock clock) {
		this.template = template;
		this.collection = properties.collection();
		this.clock = clock;
		String type = typeOf(properties.eventTypePrefix());
		Gauge.builder("newsroom.outbox.pending.entries", this.pending, AtomicLong::get)
			.description("Outbox entries not yet acknowledged by the broker, as last measured by the sweeper")
			.tag("type", type)
			.register(registry);
		Gauge.builder("newsroom.outbox.oldest.pending.age", this.oldestAgeSeconds, AtomicReference::get)
			.description("Age of the oldest pending outbox entry's change at the last measurement; 0 when none")
			.tag("type", type)
			.baseUnit("seconds")
			.register(registry);
		this.published = publishTimer(registry, type, "success");
		this.failed = publishTimer(registry, type, "failure");
	}

	private static Timer publishTimer(MeterRegistry registry, String type, String outcome) {
		return Timer.builder("newsroom.outbox.publish")
			.description("From a change to the broker's acknowledgement of its event")
			.tags("type", type, "outcome", outcome)
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofMinutes(10))
			.register(registry);
	}

	/** {@code dk.newsroom.article} → {@code article}. */
	static String typeOf(String eventTypePrefix) {
		return eventTypePrefix.substring(eventTypePrefix.lastIndexOf('.') + 1);
	}

	/** The broker acknowledged the entry's event. */
	void published(OutboxEntry entry) {
		this.published.record(sinceChange(entry));
	}

	/** Sending the entry's event failed or timed out; it stays pending. */
	void failed(OutboxEntry entry) {
		this.failed.record(sinceChange(entry));
	}

	private Duration sinceChange(OutboxEntry entry) {
		Duration elapsed = Duration.between(entry.time(), this.clock.instant());
		return elapsed.isNegative() ? Duration.ZERO : elapsed;
	}

	/**
	 * Counts the pending entries and finds the oldest; the sweeper calls it after each
	 * sweep.
	 * @return completes once the gauges show the new measurement
	 */
	public Mono<Void> measure() {
		return this.template.getCollection(this.collection)
			.flatMapMany((collection) -> Flux.from(collection.find(Filters.exists(OutboxFields.OUTBOX + ".0"))
				.projection(Projections.fields(Projections.include(OutboxFields.OUTBOX + "." + TIME),
						Projections.excludeId()))
				.limit(MEASURE_LIMIT)))
			.reduce(new Measurement(0, null), Measurement::add)
			.doOnNext((measured) -> {
				this.pending.set(measured.entries());
				Instant oldest = measured.oldest();
				double age = (oldest != null)
						? Math.max(0, Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0) : 0.0;
				this.oldestAgeSeconds.set(age);
			})
			.then();
	}

	private record Measurement(long entries, Instant oldest) {

		Measurement add(Document document) {
			List<Document> outbox = document.getList(OutboxFields.OUTBOX, Document.class, List.of());
			Instant first = this.oldest;
			for (Document entry : outbox) {
				Date time = entry.getDate(TIME);
				if (time != null && (first == null || time.toInstant().isBefore(first))) {
					first = time.toInstant();
				}
			}
			return new Measurement(this.entries + outbox.size(), first);
		}

	}

}
