package dk.newsroom.gateway.feed.stream;

import java.time.Duration;

import dk.newsroom.gateway.feed.FeedQuery;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.http.codec.ServerSentEvent;

/**
 * Opens one client's stream: where it starts ({@code ready}, the missed events or
 * {@code reset}), then the live events through its filters, with heartbeats in between. A
 * client that falls {@link FeedStreamProperties#clientBuffer()} events behind is dropped:
 * its buffered events are discarded, it gets {@code dropped} if it takes it within
 * {@link FeedStreamProperties#dropGrace()}, and its stream ends; it may reconnect with
 * the id of the last event it got.
 */
public final class FeedStreams {

	private final FeedEventLog log;

	private final FeedStreamEvents events;

	private final FeedStreamProperties properties;

	FeedStreams(FeedEventLog log, FeedStreamEvents events, FeedStreamProperties properties) {
		this.log = log;
		this.events = events;
		this.properties = properties;
	}

	/**
	 * @param query the filters
	 * @param lastEventId the {@code Last-Event-ID} to resume after, or {@code null}
	 * @param reload where a reset client reloads the feed with the same filters
	 * @return the events, ending only when the client is dropped or the gateway stops
	 */
	public Flux<ServerSentEvent<String>> open(FeedQuery query, @Nullable String lastEventId, String reload) {
		return Flux.defer(() -> {
			StreamClient client = new StreamClient(query, this.properties.clientBuffer());
			FeedEventLog.Start start = this.log.subscribe(client, lastEventId);
			Flux<ServerSentEvent<String>> first = switch (start.kind()) {
				case READY -> Flux.just(this.events.ready(start.sequence()));
				case RESET -> Flux.just(this.events.reset(start.sequence(), reload));
				case REPLAY -> Flux.fromIterable(start.replay()).map(this.events::item);
			};
			Sinks.Empty<Void> ended = Sinks.empty();
			Flux<ServerSentEvent<String>> changes = first.concatWith(client.live().map(this.events::item))
				.takeUntilOther(client.dropped())
				.concatWith(Flux.defer(
						() -> client.wasDropped() ? client.dropped().map(this.events::dropped).flux() : Flux.empty()))
				.doFinally((signal) -> {
					this.log.unsubscribe(client);
					ended.tryEmitEmpty();
				});
			Duration every = this.properties.heartbeat();
			Flux<ServerSentEvent<String>> heartbeats = Flux.interval(every, every)
				.onBackpressureDrop()
				.map((tick) -> this.events.heartbeat())
				.takeUntilOther(ended.asMono());
			// A prefetch of 1: the client's own buffer bounds what it may fall behind.
			return Flux.merge(1, changes, heartbeats)
				.takeUntilOther(client.dropped().then(Mono.delay(this.properties.dropGrace())));
		});
	}

}
