package dk.newsroom.gateway.feed.stream;

import dk.newsroom.gateway.feed.FeedQuery;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * One connected client: its filters and a bounded buffer of the live events it has not
 * taken yet. When the buffer is full the client is dropped rather than the buffer grown.
 * {@link #offer} is only called under the {@link FeedEventLog}'s hand-over lock, so
 * emissions are serialised.
 */
final class StreamClient {

	static final String TOO_SLOW = "client too slow";

	private final FeedQuery query;

	private final Sinks.Many<StreamEvent> live;

	private final Sinks.One<String> dropped = Sinks.one();

	private final int bufferSize;

	private volatile boolean wasDropped;

	StreamClient(FeedQuery query, int bufferSize) {
		this.query = query;
		this.bufferSize = bufferSize;
		this.live = Sinks.many().unicast().onBackpressureBuffer(Queues.<StreamEvent>get(bufferSize).get());
	}

	/** How many events it may fall behind. */
	int bufferSize() {
		return this.bufferSize;
	}

	/**
	 * Hands a new event to the client.
	 * @return whether the client keeps listening: {@code false} once it is dropped or
	 * gone
	 */
	boolean offer(FeedEvent event) {
		StreamEvent seen = view(event);
		if (seen == null) {
			return true;
		}
		Sinks.EmitResult result = this.live.tryEmitNext(seen);
		if (result.isSuccess()) {
			return true;
		}
		// A full buffer: FAIL_ZERO_SUBSCRIBER while the client still takes its replay.
		if (result == Sinks.EmitResult.FAIL_OVERFLOW || result == Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
			this.wasDropped = true;
			this.dropped.tryEmitValue(TOO_SLOW);
		}
		return false;
	}

	/** Ends the live events (the gateway shuts down). */
	void complete() {
		this.live.tryEmitComplete();
	}

	/** The live events, buffered since the client was registered. */
	Flux<StreamEvent> live() {
		return this.live.asFlux();
	}

	/** Emits the reason when the client is dropped. */
	Mono<String> dropped() {
		return this.dropped.asMono();
	}

	boolean wasDropped() {
		return this.wasDropped;
	}

	/** What this client sees of an event, through its filters, or {@code null}. */
	@Nullable StreamEvent view(FeedEvent event) {
		FeedEvent.Kind kind = event.kindFor(this.query);
		return (kind != null) ? new StreamEvent(kind, event) : null;
	}

}
