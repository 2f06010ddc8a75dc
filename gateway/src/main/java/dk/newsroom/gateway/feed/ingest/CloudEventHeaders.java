package dk.newsroom.gateway.feed.ingest;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CloudEvents (Kafka binary content mode) headers the feed relies on.
 */
final class CloudEventHeaders {

	static final String ENTITY_VERSION = "ce_entityversion";

	static final String SUBJECT = "ce_subject";

	private CloudEventHeaders() {
	}

	/** The resource version, or {@code null} if the header is absent or not a number. */
	static @Nullable Long entityVersion(Headers headers) {
		String value = text(headers, ENTITY_VERSION);
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static @Nullable String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
