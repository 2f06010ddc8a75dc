package dk.newsroom.gateway.feed.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Records as the articles-service publishes them: CloudEvents binary mode headers and the
 * full article JSON (or a tombstone).
 */
public final class ArticleRecords {

	private ArticleRecords() {
	}

	public static String json(String id, String status, Instant publishedAt, long version) {
		return """
				{"id":"%s","slug":"artikel-%s","status":"%s","headline":"Overskrift på artikel %s, version %d",
				"lead":"Et kort resumé på dansk: æ, ø og å.","body":"<p>Brødtekst.</p>",
				"topImage":{"url":"https://images.example.dk/%s.jpg","caption":"Billedtekst","credit":"Foto: Jens Å. Ærø"},
				"section":"Sikkerhed","authors":["Mette Kjær"],"source":null,"language":"da","tags":["cybersikkerhed","eu"],
				"publishedAt":"%s","createdAt":"2026-11-26T08:40:00Z","updatedAt":"2026-11-26T09:00:00Z","version":%d}
				"""
			.formatted(id, id, status, id, version, id, publishedAt, version);
	}

	public static byte[] value(String id, String status, Instant publishedAt, long version) {
		return json(id, status, publishedAt, version).getBytes(StandardCharsets.UTF_8);
	}

	public static Headers headers(String id, String type, @Nullable Long version) {
		RecordHeaders headers = new RecordHeaders();
		add(headers, "ce_specversion", "1.0");
		add(headers, "ce_id", UUID.randomUUID().toString());
		add(headers, "ce_source", "/articles-service");
		add(headers, "ce_type", "dk.newsroom.article." + type);
		add(headers, "ce_time", Instant.now().toString());
		add(headers, "ce_subject", id);
		add(headers, "content-type", "application/json");
		if (version != null) {
			add(headers, "ce_entityversion", Long.toString(version));
		}
		return headers;
	}

	private static void add(RecordHeaders headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
