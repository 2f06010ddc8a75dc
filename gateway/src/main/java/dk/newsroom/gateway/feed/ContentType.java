package dk.newsroom.gateway.feed;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The content types the feed carries. The declaration order is the alphabetical order of
 * the wire names, which is the tie-break order of the feed.
 */
public enum ContentType {

	ARTICLE("article", "/artikler"), EVENT("event", "/arrangementer"), PERSON("person", "/navnenyt"),
	PODCAST("podcast", null);

	private final String wireName;

	private final @Nullable String pagePath;

	ContentType(String wireName, @Nullable String pagePath) {
		this.wireName = wireName;
		this.pagePath = pagePath;
	}

	/**
	 * Where the reader site shows this type's items, one page per slug below it (e.g.
	 * {@code /artikler/{slug}}); {@code null} for a type the site has no pages for.
	 */
	public @Nullable String pagePath() {
		return this.pagePath;
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
