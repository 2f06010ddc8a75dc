package dk.newsroom.platform.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL slugs from Danish text: {@code æ→ae, ø→oe, å→aa}, other accents dropped, anything
 * else becomes a hyphen. "Østjysk it-firma åbner i Århus" becomes
 * {@code oestjysk-it-firma-aabner-i-aarhus}.
 */
public final class Slugs {

	/** Long enough to tell headlines apart, short enough for a URL. */
	public static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String of(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = slug.substring(0, (cut > MAX_LENGTH / 2) ? cut : MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "indhold" : slug;
	}

	/** The n-th alternative when a slug is taken: {@code slug-2}, {@code slug-3} … */
	public static String withSuffix(String slug, int n) {
		return (n <= 1) ? slug : slug + "-" + n;
	}

}
