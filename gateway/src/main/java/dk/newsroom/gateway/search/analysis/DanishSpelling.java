package dk.newsroom.gateway.search.analysis;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The spelling steps of the Danish analysis, on lower-case text. They are plain functions
 * so the compound splitter can put a candidate part through the same steps as the token
 * filters.
 */
final class DanishSpelling {

	private static final String VOWELS = "aeiouyæøå";

	private DanishSpelling() {
	}

	/**
	 * Folds accented and other non-ASCII letters to ASCII ("café" to "cafe", "ß" to
	 * "ss"), except æ, ø, å, ä and ö, which {@link #normalizeLetters} maps to the Danish
	 * letters.
	 */
	static String foldAccents(String term) {
		int n = term.length();
		int i = 0;
		while (i < n && (term.charAt(i) < 0x80 || isDanishLetter(term.charAt(i)))) {
			i++;
		}
		if (i == n) {
			return term;
		}
		StringBuilder folded = new StringBuilder(n + 4).append(term, 0, i);
		char[] in = new char[1];
		char[] out = new char[4];
		for (; i < n; i++) {
			char c = term.charAt(i);
			if (c < 0x80 || isDanishLetter(c)) {
				folded.append(c);
			}
			else {
				in[0] = c;
				int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
				folded.append(out, 0, length);
			}
		}
		return folded.toString();
	}

	private static boolean isDanishLetter(char c) {
		return switch (c) {
			case 'æ', 'ø', 'å', 'ä', 'ö', 'Æ', 'Ø', 'Å', 'Ä', 'Ö' -> true;
			default -> false;
		};
	}

	/**
	 * Writes the ASCII spellings of the Danish letters as the letters: "aa" as "å", "ae"
	 * as "æ", "oe" as "ø", and the Swedish and German "ä" and "ö" as "æ" and "ø". So
	 * "Aabenraa" and "Åbenrå" are the same word, and the stemmer sees the letters it was
	 * written for.
	 */
	static String normalizeLetters(String term) {
		int n = term.length();
		StringBuilder normalized = null;
		for (int i = 0; i < n; i++) {
			char c = term.charAt(i);
			char next = (i + 1 < n) ? term.charAt(i + 1) : 0;
			char replacement = 0;
			int consumed = 1;
			if (c == 'ä') {
				replacement = 'æ';
			}
			else if (c == 'ö') {
				replacement = 'ø';
			}
			else if (c == 'a' && next == 'a') {
				replacement = 'å';
				consumed = 2;
			}
			else if (c == 'a' && next == 'e') {
				replacement = 'æ';
				consumed = 2;
			}
			else if (c == 'o' && next == 'e') {
				replacement = 'ø';
				consumed = 2;
			}
			if (replacement != 0 && normalized == null) {
				normalized = new StringBuilder(n).append(term, 0, i);
			}
			if (normalized != null) {
				normalized.append(replacement != 0 ? replacement : c);
			}
			i += consumed - 1;
		}
		return (normalized != null) ? normalized.toString() : term;
	}

	/**
	 * Makes the stems of a word with and without its unstressed e the same, which the
	 * Snowball stemmer leaves apart: "artikel"/"artikler" (artikel, artikl),
	 * "center"/"centre" (cent, centr), "regel"/"regler", "nummer"/"numre". A stem ending
	 * in consonant + "el" loses the e (and a doubled consonant before it: "himmel" as
	 * "himl"); a stem ending in consonant + "r" loses the r, if it has five letters or
	 * more or ends in "mr" ("numre" and "nummer" as "num"), but not after j ("vejr" is
	 * not "vej"), nor in short stems such as "ordr" (ordre is not ord). A stem ending in
	 * e loses it, as the stemmer takes off one suffix only: "cafeen" (caféen) stems as
	 * "cafe", "cafe" as "caf".
	 */
	static String normalizeStem(String stem) {
		int n = stem.length();
		if (n >= 4 && stem.charAt(n - 1) == 'e') {
			return stem.substring(0, n - 1);
		}
		if (n >= 5 && stem.charAt(n - 1) == 'l' && stem.charAt(n - 2) == 'e' && isConsonant(stem.charAt(n - 3))) {
			int keep = n - 2;
			if (isConsonant(stem.charAt(keep - 2)) && stem.charAt(keep - 2) == stem.charAt(keep - 1)) {
				keep--;
			}
			return stem.substring(0, keep) + 'l';
		}
		if (stem.charAt(n - 1) == 'r' && isConsonant(stem.charAt(n - 2)) && stem.charAt(n - 2) != 'j'
				&& (n >= 5 || (n == 4 && stem.charAt(n - 2) == 'm'))) {
			return stem.substring(0, n - 1);
		}
		return stem;
	}

	private static boolean isConsonant(char c) {
		return Character.isLetter(c) && VOWELS.indexOf(c) < 0;
	}

}
