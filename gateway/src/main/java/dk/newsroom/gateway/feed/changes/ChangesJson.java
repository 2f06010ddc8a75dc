package dk.newsroom.gateway.feed.changes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.stream.Changes;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes a page of changes as
 * {@code {"reset":…,"changes":[{"change":"upsert","type":…,"id":…,"item":{…}},{"change":"remove",…}],"next":…,"more":…}},
 * copying each item's JSON as the projection holds it.
 */
final class ChangesJson {

	private static final JsonStringEncoder strings = JsonStringEncoder.getInstance();

	private ChangesJson() {
	}

	static byte[] write(Changes page) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 + page.changes().size() * 1024);
		ascii(out, page.reset() ? "{\"reset\":true,\"changes\":[" : "{\"reset\":false,\"changes\":[");
		boolean first = true;
		for (Changes.Change change : page.changes()) {
			if (!first) {
				out.write(',');
			}
			first = false;
			FeedEntry entry = change.entry();
			ascii(out, (entry != null) ? "{\"change\":\"upsert\",\"type\":\"" : "{\"change\":\"remove\",\"type\":\"");
			ascii(out, change.ref().type().wireName());
			ascii(out, "\",\"id\":\"");
			out.writeBytes(strings.quoteAsUTF8(change.ref().id()));
			if (entry != null) {
				ascii(out, "\",\"item\":");
				out.writeBytes(entry.json());
				out.write('}');
			}
			else {
				ascii(out, "\"}");
			}
		}
		ascii(out, "],\"next\":\"");
		out.writeBytes(strings.quoteAsUTF8(page.next()));
		ascii(out, page.more() ? "\",\"more\":true}" : "\",\"more\":false}");
		return out.toByteArray();
	}

	private static void ascii(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}

}
