package dk.newsroom.gateway.feed.stream;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dk.newsroom.gateway.feed.FeedQuery;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Opens one client's stream: where it starts ({@code ready}, the missed events or
 * {@code reset}), then the live events through its filters, with heartbeats in between. A
 * client that falls {@link FeedStreamProperties#clientBuffer()} events behind is dropped:
 * its buffered events are discarded, it gets {@code dropped} if it takes it within
 * {@link FeedStreamProperties#dropGrace()}, and its stream ends; it may reconnect with
 * the id of the last event it got. A stream open for
 * {@link FeedStreamProperties#maxAge()} (less up to a tenth, so clients that connected
 * together do not all come back together) ends cleanly after the event it is sending; the
 * client resumes with {@code Last-Event-ID}, on this gateway or any other.
 * <p>
 * One timer sends every stream's heartbeat; a stream that cannot take one at the moment
 * skips it.
 */
public final class FeedStreams implements AutoCloseable {

	private final FeedEventLog log;

	private final FeedStreamEvents events;

	private final FeedStreamProperties properties;

	private final Sinks.Many<SseFrame> heartbeats = Sinks.many().multicast().directBestEffort();

	private final Disposable ticker;

	FeedStreams(FeedEventLog log, FeedStreamEvents events, FeedStreamProperties properties) {
		this.log = log;
		this.events = events;
		this.properties = properties;
		SseFrame heartbeat = events.heartbeat();
		long every = properties.heartbeat().toMillis();
		this.ticker = Schedulers.parallel()
			.schedulePeriodically(() -> this.heartbeats.tryEmitNext(heartbeat), every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * @param query the filters
	 * @param lastEventId the {@code Last-Event-ID} to resume after, or {@code null}
	 * @param reload where a reset client reloads the feed with the same filters
	 * @return the events, ending when the client is dropped, the stream reaches its age,
	 * or the gateway stops
	 */
	public Flux<SseFrame> open(FeedQuery query, @Nullable String lastEventId, String reload) {
		return Flux.defer(() -> {
			StreamClient client = new StreamClient(query, this.properties.clientBuffer());
			FeedEventLog.Start start = this.log.subscribe(client, lastEventId);
			Flux<SseFrame> first = switch (start.kind()) {
				case READY -> Flux.just(this.events.ready(start.position()));
				case RESET -> Flux.just(this.events.reset(start.position(), reload));
				case REPLAY -> Flux.fromIterable(start.replay()).map(this.events::item);
			};
			long after = start.sequence();
			FeedPosition seen = start.seen();
			// Events up to the start were read from the ring (or are before it); a client
			// resuming from further on than this gateway has already seen some live ones.
			Flux<StreamEvent> live = client.live()
				.filter((event) -> event.event().sequence() > after
						&& (seen == null || !event.event().isCoveredBy(seen)));
			Sinks.Empty<Void> ended = Sinks.empty();
			Flux<SseFrame> changes = first.concatWith(live.map(this.events::item))
				.takeUntilOther(client.dropped())
				.concatWith(Flux.defer(
						() -> client.wasDropped() ? client.dropped().map(this.events::dropped).flux() : Flux.empty()))
				.doFinally((signal) -> {
					this.log.unsubscribe(client);
					ended.tryEmitEmpty();
				});
			Flux<SseFrame> heartbeat = this.heartbeats.asFlux().takeUntilOther(ended.asMono());
			// A prefetch of 1: the client's own buffer bounds what it may fall behind.
			return Flux.merge(1, changes, heartbeat)
				.takeUntilOther(client.dropped().then(Mono.delay(this.properties.dropGrace())))
				.take(age());
		});
	}

	@Override
	public void close() {
		this.ticker.dispose();
		this.heartbeats.tryEmitComplete();
	}

	private Duration age() {
		Duration max = this.properties.maxAge();
		long jitter = ThreadLocalRandom.current().nextLong(max.toMillis() / 10 + 1);
		return max.minusMillis(jitter);
	}

}
