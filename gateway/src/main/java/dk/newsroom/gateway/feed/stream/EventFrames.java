package dk.newsroom.gateway.feed.stream;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * An event's encoded frames, one per kind a client may see it as (a filtered client sees
 * a change as added or removed), made by the first stream that sends it. Two streams
 * racing encode the same bytes; either result is kept.
 */
public final class EventFrames {

	private final AtomicReferenceArray<SseFrame> frames = new AtomicReferenceArray<>(FeedEvent.Kind.values().length);

	SseFrame get(FeedEvent.Kind kind, Supplier<SseFrame> encode) {
		SseFrame frame = this.frames.get(kind.ordinal());
		if (frame == null) {
			frame = encode.get();
			this.frames.set(kind.ordinal(), frame);
		}
		return frame;
	}

}
