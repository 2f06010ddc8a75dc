package dk.newsroom.gateway.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.feed.ContentType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * The relevance test set in {@code src/test/resources/search/relevance/} (its README says
 * how it was written): items as the services' create payloads, turned into the records
 * the topics carry, and judged queries.
 */
public final class RelevanceCorpus {

	static final String FOLDER = "search/relevance/";

	private static final Map<String, String> LABELS = Map.of("NEW_JOB", "Nyt job", "PROMOTION", "Forfremmelse",
			"NEW_ROLE", "Ny rolle", "BOARD_SEAT", "Bestyrelsespost", "RETIREMENT", "Pension");

	private RelevanceCorpus() {
	}

	/** One item of the corpus as its topic would carry it. */
	public record Record(ContentType type, String key, Map<String, Object> json) {

	}

	/** A judged query. */
	public record Query(String q, List<String> covers, List<String> top5, List<String> alsoRelevant, List<String> never,
			Map<String, String> params) {

	}

	/** Every item, published relative to {@code now}. */
	public static List<Record> records(Instant now) {
		List<Record> records = new ArrayList<>();
		for (Map<String, Object> line : lines("articles.jsonl")) {
			records.add(record(ContentType.ARTICLE, line, now));
		}
		for (Map<String, Object> line : lines("events.jsonl")) {
			records.add(record(ContentType.EVENT, line, now));
		}
		for (Map<String, Object> line : lines("people.jsonl")) {
			records.add(record(ContentType.PERSON, line, now));
		}
		return records;
	}

	@SuppressWarnings("unchecked")
	public static List<Query> queries() {
		List<Query> queries = new ArrayList<>();
		for (Map<String, Object> line : lines("queries.jsonl")) {
			queries.add(new Query((String) line.get("q"), strings(line.get("covers")), strings(line.get("top5")),
					strings(line.get("alsoRelevant")), strings(line.get("never")),
					(line.get("params") != null) ? (Map<String, String>) line.get("params") : Map.of()));
		}
		return queries;
	}

	@SuppressWarnings("unchecked")
	private static Record record(ContentType type, Map<String, Object> line, Instant now) {
		String key = (String) line.get("key");
		Instant published = now.plus(Duration.parse((String) line.get("publishOffset")));
		Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) line.get("content"));
		json.put("id", key);
		json.put("slug", key);
		json.put("status", "PUBLISHED");
		json.put("publishedAt", published.toString());
		json.put("createdAt", published.toString());
		json.put("updatedAt", published.toString());
		json.put("version", 1);
		if (type == ContentType.PERSON) {
			json.put("label", LABELS.getOrDefault((String) json.get("kind"), "Navnenyt"));
			json.put("announcement", announcement(json));
		}
		return new Record(type, key, json);
	}

	/**
	 * A plain announcement from the notice's facts, standing in for the people-service's
	 * renderer (whose jar the gateway's tests cannot use): the same facts in sentences.
	 */
	@SuppressWarnings("unchecked")
	private static String announcement(Map<String, Object> notice) {
		Map<String, Object> person = (Map<String, Object>) notice.getOrDefault("person", Map.of());
		StringBuilder text = new StringBuilder().append(person.get("name"))
			.append(" bliver ")
			.append(notice.get("title"))
			.append(" i ")
			.append(notice.get("company"))
			.append('.');
		Map<String, Object> previous = (Map<String, Object>) notice.get("previousPosition");
		if (previous != null) {
			text.append(" Kommer fra en stilling som ")
				.append(previous.get("title"))
				.append(" i ")
				.append(previous.get("company"))
				.append('.');
		}
		for (String field : List.of("education", "earlierExperience")) {
			Object value = notice.get(field);
			if (value != null) {
				text.append(' ').append(value).append('.');
			}
		}
		Object focus = notice.get("focusAreas");
		if (focus instanceof List<?> areas && !areas.isEmpty()) {
			text.append(" Arbejder med ").append(String.join(", ", strings(areas))).append('.');
		}
		return text.toString();
	}

	private static List<String> strings(@Nullable Object value) {
		if (value == null) {
			return List.of();
		}
		return ((List<?>) value).stream().map(String::valueOf).toList();
	}

	private static List<Map<String, Object>> lines(String file) {
		InputStream stream = RelevanceCorpus.class.getClassLoader().getResourceAsStream(FOLDER + file);
		if (stream == null) {
			throw new IllegalStateException("No " + FOLDER + file + " on the test class path");
		}
		List<Map<String, Object>> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					lines.add(SearchFixture.JSON.readValue(line, new TypeReference<Map<String, Object>>() {
					}));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
