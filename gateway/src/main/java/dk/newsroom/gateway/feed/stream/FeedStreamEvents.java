package dk.newsroom.gateway.feed.stream;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.newsroom.gateway.feed.FeedEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the stream's Server-Sent Events. Items are sent as the JSON {@code /api/feed}
 * lists them, serialised once when the change was applied; each item event is encoded
 * once for all the streams that send it ({@link FeedEvent#frames()}).
 */
final class FeedStreamEvents {

	static final String READY = "ready";

	static final String RESET = "reset";

	static final String DROPPED = "dropped";

	static final String HEARTBEAT = "heartbeat";

	private static final SseFrame HEARTBEAT_FRAME = SseFrame.comment(HEARTBEAT);

	private final JsonMapper json;

	FeedStreamEvents(JsonMapper json) {
		this.json = json;
	}

	/** {@code added} and {@code changed}: the item; {@code removed}: its type and id. */
	SseFrame item(StreamEvent event) {
		FeedEvent change = event.event();
		return change.frames().get(event.kind(), () -> encode(event));
	}

	private SseFrame encode(StreamEvent event) {
		FeedEvent change = event.event();
		byte[] data;
		if (event.kind() == FeedEvent.Kind.REMOVED) {
			data = write(fields("type", change.ref().type().wireName(), "id", change.ref().id()));
		}
		else {
			FeedEntry after = change.after();
			data = (after != null) ? after.json() : "{}".getBytes(StandardCharsets.UTF_8);
		}
		return SseFrame.of(change.position().token(), event.kind().eventName(), data);
	}

	SseFrame ready(FeedPosition position) {
		return SseFrame.of(position.token(), READY, write(fields("lastEventId", position.token())));
	}

	SseFrame reset(FeedPosition position, String reload) {
		Map<String, String> data = fields("reason",
				"The events after Last-Event-ID are no longer held (or it is not an id of this stream); "
						+ "reload the feed, then follow this stream",
				"reload", reload, "lastEventId", position.token());
		return SseFrame.of(position.token(), RESET, write(data));
	}

	SseFrame dropped(String reason) {
		return SseFrame.of(null, DROPPED, write(fields("reason", reason)));
	}

	SseFrame heartbeat() {
		return HEARTBEAT_FRAME;
	}

	/** Name-value pairs, in this order. */
	private static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private byte[] write(Map<String, String> data) {
		return this.json.writeValueAsBytes(data);
	}

}
