package dk.newsroom.contracts;

import java.util.List;

/**
 * The three content types of the event contract, with what the contract says about each.
 */
public enum ContractType {

	/** News articles, by articles-service. */
	ARTICLE("article", "articles"),

	/** Industry events, by events-service. */
	EVENT("event", "events"),

	/** People notices (Navnenyt), by people-service. */
	PERSON("person", "people");

	/** The actions a {@code ce_type} ends with. */
	public static final List<String> ACTIONS = List.of("created", "updated", "deleted");

	private final String type;

	private final String collection;

	ContractType(String type, String collection) {
		this.type = type;
		this.collection = collection;
	}

	/** The short name: {@code article}, {@code event} or {@code person}. */
	public String type() {
		return this.type;
	}

	/**
	 * The plural the API and the service are named by: {@code /api/articles},
	 * {@code articles-service}.
	 */
	public String collection() {
		return this.collection;
	}

	/** The Kafka topic, e.g. {@code newsroom.articles.v1}. */
	public String topic() {
		return "newsroom." + this.collection + ".v1";
	}

	/** The {@code ce_source} of its records, e.g. {@code /articles-service}. */
	public String source() {
		return "/" + this.collection + "-service";
	}

	/** The schema's file name, e.g. {@code article.v1.schema.json}. */
	public String schemaFile() {
		return this.type + ".v1.schema.json";
	}

	/** The class-path resource of the schema of a record value. */
	public String schemaResource() {
		return EventContract.RESOURCE_DIRECTORY + schemaFile();
	}

	/**
	 * The schema's {@code $id}, e.g.
	 * https://newsroom.dk/contracts/article.v1.schema.json.
	 */
	public String schemaId() {
		return EventContract.SCHEMA_BASE_URI + schemaFile();
	}

	/**
	 * Where an app with this jar serves the schema, e.g.
	 * /contracts/article.v1.schema.json.
	 */
	public String servedPath() {
		return EventContract.SERVED_PATH + schemaFile();
	}

	/** The {@code ce_type} prefix, e.g. {@code dk.newsroom.article}. */
	public String eventTypePrefix() {
		return "dk.newsroom." + this.type;
	}

	/**
	 * The {@code ce_type} of an action.
	 * @param action {@code created}, {@code updated} or {@code deleted}
	 */
	public String eventType(String action) {
		if (!ACTIONS.contains(action)) {
			throw new IllegalArgumentException("Unknown action '" + action + "'; expected one of " + ACTIONS);
		}
		return eventTypePrefix() + "." + action;
	}

	/** Every {@code ce_type} on its topic: created, updated, deleted. */
	public List<String> eventTypes() {
		return ACTIONS.stream().map(this::eventType).toList();
	}

	/**
	 * @param type {@code article}, {@code event} or {@code person}
	 * @throws IllegalArgumentException for any other name
	 */
	public static ContractType of(String type) {
		for (ContractType candidate : values()) {
			if (candidate.type.equals(type)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("Unknown content type '" + type + "'; expected article, event or person");
	}

	/**
	 * @throws IllegalArgumentException when the topic is not one of the contract's
	 */
	public static ContractType ofTopic(String topic) {
		for (ContractType candidate : values()) {
			if (candidate.topic().equals(topic)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("Unknown topic '" + topic + "'");
	}

}
