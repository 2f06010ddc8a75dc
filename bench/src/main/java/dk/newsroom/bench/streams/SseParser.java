package dk.newsroom.bench.streams;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Server-Sent Events from the bytes of one connection, in whatever chunks they arrive
 * (lines are cut at bytes, so a chunk that ends inside a multi-byte character does no
 * harm): calls {@code onEvent(event, data)} per event. Comments ({@code :heartbeat}) and
 * ids are skipped. One connection's bytes come from one thread at a time; not shared.
 */
public final class SseParser {

	private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

	private final BiConsumer<String, String> onEvent;

	private String event = "message";

	private StringBuilder data;

	public SseParser(BiConsumer<String, String> onEvent) {
		this.onEvent = onEvent;
	}

	public void feed(byte[] chunk) {
		for (byte b : chunk) {
			if (b == '\n') {
				line(this.line.toString(StandardCharsets.UTF_8));
				this.line.reset();
			}
			else if (b != '\r') {
				this.line.write(b);
			}
		}
	}

	private void line(String text) {
		if (text.isEmpty()) {
			if (this.data != null) {
				this.onEvent.accept(this.event, this.data.toString());
			}
			this.event = "message";
			this.data = null;
		}
		else if (text.startsWith("event:")) {
			this.event = value(text, "event:");
		}
		else if (text.startsWith("data:")) {
			this.data = (this.data == null) ? new StringBuilder() : this.data.append('\n');
			this.data.append(value(text, "data:"));
		}
	}

	private static String value(String line, String field) {
		String value = line.substring(field.length());
		return value.startsWith(" ") ? value.substring(1) : value;
	}

}
