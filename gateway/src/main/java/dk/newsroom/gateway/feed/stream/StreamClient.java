package dk.newsroom.gateway.feed.stream;

import java.util.concurrent.atomic.AtomicInteger;

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

	private static final int LINK = 8;

	private final FeedQuery query;

	private final Sinks.Many<StreamEvent> live;

	private final Sinks.One<String> dropped = Sinks.one();

	private final int bufferSize;

	/** Events handed over and not yet taken: the buffer's fill. */
	private final AtomicInteger pending = new AtomicInteger();

	private volatile boolean wasDropped;

	StreamClient(FeedQuery query, int bufferSize) {
		this.query = query;
		this.bufferSize = bufferSize;
		// A queue that grows in small links as it fills (an idle client holds one of 8
		// slots, not bufferSize), bounded by the count of pending events.
		this.live = Sinks.many().unicast().onBackpressureBuffer(Queues.<StreamEvent>unbounded(LINK).get());
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
		if (this.pending.incrementAndGet() > this.bufferSize) {
			this.wasDropped = true;
			this.dropped.tryEmitValue(TOO_SLOW);
			return false;
		}
		return this.live.tryEmitNext(seen).isSuccess();
	}

	/** Ends the live events (the gateway shuts down). */
	void complete() {
		this.live.tryEmitComplete();
	}

	/** The live events, buffered since the client was registered. */
	Flux<StreamEvent> live() {
		return this.live.asFlux().doOnNext((event) -> this.pending.decrementAndGet());
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
