package dk.newsroom.localstack.demo;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

/**
 * One piece of demo content, as stored in {@code demo/<collection>/<name>.json}:
 * <pre>{"publishOffset": "-PT5H", "content": {…the create request…}}</pre>
 *
 * @param collection the API collection it is created in, e.g. {@code articles}
 * @param name the file name without {@code .json}
 * @param content the body of {@code POST /api/<collection>}
 * @param publishOffset when to publish it, relative to the moment it is loaded: negative
 * is in the past (published then), positive schedules it
 */
public record DemoItem(String collection, String name, JsonNode content, Duration publishOffset) {

	/**
	 * Identifies the item in the demo journal and marker, e.g. {@code articles/01-foo}.
	 */
	public String key() {
		return this.collection + "/" + this.name;
	}

}
