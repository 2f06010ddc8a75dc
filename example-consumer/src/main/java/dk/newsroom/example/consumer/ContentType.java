package dk.newsroom.example.consumer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three kinds of content and the topic each is published on (docs/events.md).
 */
public enum ContentType {

	/** News articles, from articles-service. */
	ARTICLE("article", "newsroom.articles.v1"),

	/** Industry events, from events-service. */
	EVENT("event", "newsroom.events.v1"),

	/** "Navnenyt" notices, from people-service. */
	PERSON("person", "newsroom.people.v1");

	private final String label;

	private final String topic;

	ContentType(String label, String topic) {
		this.label = label;
		this.topic = topic;
	}

	/** The name used in {@code ce_type} ({@code dk.newsroom.<label>.updated}). */
	public String label() {
		return this.label;
	}

	/** The topic the owning service publishes to. */
	public String topic() {
		return this.topic;
	}

	/** Topic name → content type, for the standard topics. */
	public static Map<String, ContentType> standardTopics() {
		Map<String, ContentType> topics = new LinkedHashMap<>();
		for (ContentType type : values()) {
			topics.put(type.topic, type);
		}
		return topics;
	}

}
