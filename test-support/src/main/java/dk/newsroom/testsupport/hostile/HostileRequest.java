package dk.newsroom.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;

/**
 * One malformed or hostile request body.
 *
 * @param name what is wrong with it, for the failure report
 * @param contentType the {@code Content-Type} it is sent with
 * @param body the bytes sent
 * @param field the JSON path the 400 must name in {@code errors[].field}, or null for a
 * problem of the body as a whole
 * @param status the exact status expected, or 0 for any 4xx
 */
public record HostileRequest(String name, MediaType contentType, byte[] body, String field, int status) {

	static HostileRequest field(String name, String body, String field) {
		return new HostileRequest(name, MediaType.APPLICATION_JSON, body.getBytes(StandardCharsets.UTF_8), field, 400);
	}

	static HostileRequest body(String name, String body) {
		return body(name, body.getBytes(StandardCharsets.UTF_8));
	}

	static HostileRequest body(String name, byte[] body) {
		return new HostileRequest(name, MediaType.APPLICATION_JSON, body, null, 0);
	}

	/** Whether this case is about one field rather than the body as a whole. */
	public boolean fieldLevel() {
		return this.field != null;
	}

	/**
	 * Whether the fields a problem names include this case's field, or a part of it
	 * ({@code topImage.url} for {@code topImage}).
	 */
	public boolean namedIn(List<String> fields) {
		return fields.stream()
			.anyMatch((named) -> named.equals(this.field) || named.startsWith(this.field + ".")
					|| named.startsWith(this.field + "["));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
