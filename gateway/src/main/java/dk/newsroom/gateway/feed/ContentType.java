package dk.newsroom.gateway.feed;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The content types the feed carries. The declaration order is the alphabetical order of
 * the wire names, which is the tie-break order of the feed.
 */
public enum ContentType {

	ARTICLE("article"), EVENT("event"), PERSON("person"), PODCAST("podcast");

	private final String wireName;

	ContentType(String wireName) {
		this.wireName = wireName;
	}

	/** The name used in the API ({@code type} parameter and field) and in cursors. */
	@JsonValue
	public String wireName() {
		return this.wireName;
	}

	public static Optional<ContentType> fromWireName(String name) {
		for (ContentType type : values()) {
			if (type.wireName.equals(name)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
