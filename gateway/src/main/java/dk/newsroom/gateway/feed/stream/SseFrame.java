package dk.newsroom.gateway.feed.stream;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * One Server-Sent Event, encoded once and written as is to every stream that sends it:
 * with thousands of streams, an item change is serialised once, not once per stream.
 *
 * @param bytes the event as sent, UTF-8, ending with a blank line; never modify it
 */
public record SseFrame(byte[] bytes) {

	/**
	 * An event.
	 * @param id its {@code id}, or {@code null}
	 * @param event its {@code event} name
	 * @param data its data: one line (JSON as Jackson writes it has no line breaks)
	 * @return the frame
	 */
	static SseFrame of(@Nullable String id, String event, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 96);
		if (id != null) {
			out.writeBytes(ascii("id:" + id + "\n"));
		}
		out.writeBytes(ascii("event:" + event + "\ndata:"));
		out.writeBytes(data);
		out.writeBytes(ascii("\n\n"));
		return new SseFrame(out.toByteArray());
	}

	/** A comment, which {@code EventSource} ignores (a heartbeat). */
	static SseFrame comment(String text) {
		return new SseFrame(ascii(":" + text + "\n\n"));
	}

	/** The {@code id}, read back (for tests and diagnostics). */
	public @Nullable String id() {
		return field("id");
	}

	/** The {@code event} name, read back. */
	public @Nullable String event() {
		return field("event");
	}

	/** The {@code data}, read back. */
	public @Nullable String data() {
		return field("data");
	}

	/** The comment, read back. */
	public @Nullable String comment() {
		return field("");
	}

	private @Nullable String field(String name) {
		for (String line : new String(this.bytes, StandardCharsets.UTF_8).split("\n")) {
			int colon = line.indexOf(':');
			if (colon >= 0 && line.substring(0, colon).equals(name)) {
				return line.substring(colon + 1);
			}
		}
		return null;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
