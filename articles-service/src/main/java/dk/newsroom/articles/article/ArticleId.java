package dk.newsroom.articles.article;

import java.util.regex.Pattern;

/**
 * An article's id: 24 lowercase hex digits, URL-safe and ordered by creation time, so the
 * newest-first list is a keyset on the id alone.
 */
public record ArticleId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{24}");

	/** An id from a URL; anything that is not one of ours cannot name an article. */
	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
