package dk.newsroom.gateway.feed.stream;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.newsroom.gateway.feed.FeedEntry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.codec.ServerSentEvent;

/**
 * Writes the stream's Server-Sent Events. Items are sent as the JSON {@code /api/feed}
 * lists them, serialised once when the change was applied.
 */
final class FeedStreamEvents {

	static final String READY = "ready";

	static final String RESET = "reset";

	static final String DROPPED = "dropped";

	static final String HEARTBEAT = "heartbeat";

	private final JsonMapper json;

	FeedStreamEvents(JsonMapper json) {
		this.json = json;
	}

	/** {@code added} and {@code changed}: the item; {@code removed}: its type and id. */
	ServerSentEvent<String> item(StreamEvent event) {
		FeedEvent change = event.event();
		String data;
		if (event.kind() == FeedEvent.Kind.REMOVED) {
			data = write(fields("type", change.ref().type().wireName(), "id", change.ref().id()));
		}
		else {
			FeedEntry after = change.after();
			data = (after != null) ? new String(after.json(), StandardCharsets.UTF_8) : "{}";
		}
		return ServerSentEvent.builder(data).id(change.position().token()).event(event.kind().eventName()).build();
	}

	ServerSentEvent<String> ready(FeedPosition position) {
		return ServerSentEvent.builder(write(fields("lastEventId", position.token())))
			.id(position.token())
			.event(READY)
			.build();
	}

	ServerSentEvent<String> reset(FeedPosition position, String reload) {
		Map<String, String> data = fields("reason",
				"The events after Last-Event-ID are no longer held (or it is not an id of this stream); "
						+ "reload the feed, then follow this stream",
				"reload", reload, "lastEventId", position.token());
		return ServerSentEvent.builder(write(data)).id(position.token()).event(RESET).build();
	}

	ServerSentEvent<String> dropped(String reason) {
		return ServerSentEvent.builder(write(fields("reason", reason))).event(DROPPED).build();
	}

	ServerSentEvent<String> heartbeat() {
		return ServerSentEvent.<String>builder().comment(HEARTBEAT).build();
	}

	/** Name-value pairs, in this order. */
	private static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private String write(Map<String, String> data) {
		return this.json.writeValueAsString(data);
	}

}
