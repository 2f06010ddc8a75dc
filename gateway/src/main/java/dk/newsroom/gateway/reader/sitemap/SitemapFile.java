package dk.newsroom.gateway.reader.sitemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dk.newsroom.gateway.feed.ContentType;
import org.jspecify.annotations.Nullable;

/**
 * One file below {@code /sitemaps/}: a part of the sitemap of one content type with pages
 * ({@code artikler.xml}, then {@code artikler-2.xml}, {@code artikler-3.xml} … when the
 * type has more URLs than one file may hold), or the news sitemap ({@code nyheder.xml}).
 * A type's files are named as its pages' path ({@code /artikler/{slug}}).
 *
 * @param name the file's name without {@code .xml}
 * @param type the content type it lists, or {@code null} for the news sitemap
 * @param part which part of the type's sitemap, from 1 (newest URLs first); 1 for the
 * news sitemap
 */
record SitemapFile(String name, @Nullable ContentType type, int part) {

	static final String DIRECTORY = "/sitemaps/";

	static final String EXTENSION = ".xml";

	/** Articles and Navnenyt notices of the last 48 hours, for Google News. */
	static final SitemapFile NEWS = new SitemapFile("nyheder", null, 1);

	/** The content types the site has pages for, each with a sitemap. */
	static final List<ContentType> TYPES = typesWithPages();

	/** The file of one part of a type's sitemap. */
	static SitemapFile of(ContentType type, int part) {
		if (part < 1) {
			throw new IllegalArgumentException("Parts count from 1");
		}
		String base = baseName(type);
		return new SitemapFile((part == 1) ? base : base + "-" + part, type, part);
	}

	/**
	 * The file a name (without {@code .xml}) asks for, or {@code null} when it names
	 * none. Every file has one name: {@code artikler-1} and {@code artikler-02} name
	 * none.
	 */
	static @Nullable SitemapFile parse(String name) {
		if (NEWS.name.equals(name)) {
			return NEWS;
		}
		for (ContentType type : TYPES) {
			String base = baseName(type);
			if (name.equals(base)) {
				return of(type, 1);
			}
			if (name.startsWith(base + "-")) {
				int part = part(name.substring(base.length() + 1));
				return (part >= 2) ? of(type, part) : null;
			}
		}
		return null;
	}

	/** The file's path on the site, e.g. {@code /sitemaps/artikler-2.xml}. */
	String path() {
		return DIRECTORY + this.name + EXTENSION;
	}

	boolean isNews() {
		return this.type == null;
	}

	/** {@code artikler} for {@code /artikler}. */
	private static String baseName(ContentType type) {
		return Objects.requireNonNull(type.pagePath(), type.wireName()).substring(1);
	}

	/** The part a suffix names: digits without a leading zero; else -1. */
	private static int part(String digits) {
		if (digits.isEmpty() || digits.length() > 6 || digits.charAt(0) == '0') {
			return -1;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				return -1;
			}
		}
		return Integer.parseInt(digits);
	}

	private static List<ContentType> typesWithPages() {
		List<ContentType> types = new ArrayList<>();
		for (ContentType type : ContentType.values()) {
			if (type.pagePath() != null) {
				types.add(type);
			}
		}
		return List.copyOf(types);
	}

}
