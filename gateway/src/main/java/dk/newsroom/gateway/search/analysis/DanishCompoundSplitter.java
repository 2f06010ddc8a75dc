package dk.newsroom.gateway.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Splits Danish compounds into their parts with a word list: "cybersikkerhed" into
 * "cyber" and "sikkerhed", "virksomhedsdata" into "virksomhed" and "data" (linking s),
 * "datacentre" into "data" and "centre".
 * <p>
 * A word is split only when it is covered from left to right by words of the list, with
 * an optional linking "s" or "e" after each part but the last (a part ending in e may
 * lose it before the s: "arbejdsmarked"), and the last part, the head, is an inflected
 * form of a word of the list (the two have the same stem after {@link DanishSpelling}).
 * So a listed word hidden in an unrelated word ("data" in "kandidat", "sky" in "skyldig")
 * does not split it. Optionally, when no such cover exists, a word ending in a listed
 * head of at least {@value #MIN_UNKNOWN_HEAD} letters after at least
 * {@value #MIN_UNKNOWN_MODIFIER} other letters is split there ("ransomwareangreb" into
 * "ransomware" and "angreb").
 * <p>
 * The parts given are every run of consecutive parts but the whole word: for
 * "cybersikkerhedsløsning" "cyber", "sikkerhed", "løsning", "cybersikkerhed" and
 * "sikkerhedsløsning". Instances are immutable and thread-safe; the stemmer that the
 * caller passes is not.
 */
final class DanishCompoundSplitter {

	/** The word list shipped with the gateway. */
	static final String WORD_LIST = "search/danish-compound-parts.txt";

	static final int MIN_PART = 3;

	static final int MIN_WORD = 2 * MIN_PART;

	static final int MAX_WORD = 48;

	static final int MIN_UNKNOWN_MODIFIER = 4;

	/** The inflectional endings of Danish nouns, definite and plural, with genitive s. */
	private static final Set<String> ENDINGS = Set.of("", "e", "en", "er", "et", "ne", "ene", "erne", "r", "rne", "n",
			"t", "s", "es", "ens", "ers", "ets", "nes", "enes", "ernes", "rnes", "ns", "ts");

	private static final int MAX_ENDING = 5;

	static final int MIN_UNKNOWN_HEAD = 5;

	/** How many words' splits are remembered (about 100 bytes each). */
	static final int CACHED_WORDS = 100_000;

	private final Set<String> words;

	private final Set<String> headStems;

	private final boolean unknownModifiers;

	/**
	 * The parts of words split before: news text repeats its words, and a split stems
	 * many substrings. Bounded; the lists are never modified.
	 */
	private final Cache<String, List<int[]>> splits = Caffeine.newBuilder().maximumSize(CACHED_WORDS).build();

	DanishCompoundSplitter(Collection<String> words, boolean unknownModifiers) {
		DanishStemmer stemmer = new DanishStemmer();
		this.words = new HashSet<>();
		this.headStems = new HashSet<>();
		for (String word : words) {
			String folded = DanishSpelling.foldAccents(word.toLowerCase(Locale.ROOT));
			this.words.add(folded);
			this.headStems.add(stemKey(folded, stemmer));
		}
		this.unknownModifiers = unknownModifiers;
	}

	/** The shipped word list ({@value #WORD_LIST}). */
	static DanishCompoundSplitter shipped(boolean unknownModifiers) {
		return new DanishCompoundSplitter(readWordList(WORD_LIST), unknownModifiers);
	}

	static List<String> readWordList(String resource) {
		InputStream stream = DanishCompoundSplitter.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("No " + resource + " on the class path");
		}
		List<String> words = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	/** The term a word becomes after the steps that follow the splitting. */
	static String stemKey(String word, DanishStemmer stemmer) {
		stemmer.setCurrent(DanishSpelling.normalizeLetters(word));
		stemmer.stem();
		return DanishSpelling.normalizeStem(stemmer.getCurrent());
	}

	/**
	 * The parts of a lower-case, accent-folded word, as {start, end} offsets into it;
	 * empty when it is not a compound of the list.
	 */
	List<int[]> split(String word, DanishStemmer stemmer) {
		int n = word.length();
		if (n < MIN_WORD || n > MAX_WORD) {
			return List.of();
		}
		return this.splits.get(word, (key) -> splitAnew(key, stemmer));
	}

	private List<int[]> splitAnew(String word, DanishStemmer stemmer) {
		if (!isLetters(word)) {
			return List.of();
		}
		List<int[]> parts = cover(word, 0, stemmer);
		if (parts == null && this.unknownModifiers) {
			parts = unknownModifier(word, stemmer);
		}
		if (parts == null || parts.size() < 2) {
			return List.of();
		}
		List<int[]> runs = new ArrayList<>();
		for (int first = 0; first < parts.size(); first++) {
			for (int last = first; last < parts.size(); last++) {
				if (first != 0 || last != parts.size() - 1) {
					runs.add(new int[] { parts.get(first)[0], parts.get(last)[1] });
				}
			}
		}
		return List.copyOf(runs);
	}

	/**
	 * The cover of word[start..] with the fewest parts (at least two if start is 0), or
	 * null.
	 */
	private @Nullable List<int[]> cover(String word, int start, DanishStemmer stemmer) {
		int n = word.length();
		List<int[]> best = null;
		if (start > 0 && n - start >= MIN_PART) {
			int headEnd = head(word, start, stemmer);
			if (headEnd > 0) {
				best = new ArrayList<>();
				best.add(new int[] { start, headEnd });
			}
		}
		for (int end = start + MIN_PART; end <= n - MIN_PART; end++) {
			if (best != null && best.size() <= 2) {
				break;
			}
			String modifier = word.substring(start, end);
			boolean listed = this.words.contains(modifier);
			char after = word.charAt(end);
			// the linking letters that may follow: none, s or e after a listed word; s
			// after a
			// listed word that lost its final e ("arbejd-s-marked")
			boolean[] links = { listed, (listed || this.words.contains(modifier + 'e')) && after == 's',
					listed && after == 'e' };
			for (int link = 0; link < links.length; link++) {
				int next = (link == 0) ? end : end + 1;
				if (!links[link] || n - next < MIN_PART) {
					continue;
				}
				List<int[]> rest = cover(word, next, stemmer);
				if (rest != null && (best == null || rest.size() + 1 < best.size())) {
					best = new ArrayList<>();
					best.add(new int[] { start, end });
					best.addAll(rest);
				}
			}
		}
		return best;
	}

	/**
	 * Where the head word[start..] ends if it is a listed word with an inflectional
	 * ending (the listed word's end: "væsen" of "væsenet", which the stemmer takes
	 * apart), the word's end if it stems as a listed word ("centre" as "center"), else
	 * -1.
	 */
	private int head(String word, int start, DanishStemmer stemmer) {
		int n = word.length();
		for (int end = n; end >= Math.max(start + MIN_PART, n - MAX_ENDING); end--) {
			if (ENDINGS.contains(word.substring(end)) && this.words.contains(word.substring(start, end))) {
				return end;
			}
		}
		return this.headStems.contains(stemKey(word.substring(start), stemmer)) ? n : -1;
	}

	/** Unknown modifier + listed head, the longest head that fits. */
	private @Nullable List<int[]> unknownModifier(String word, DanishStemmer stemmer) {
		int n = word.length();
		for (int start = MIN_UNKNOWN_MODIFIER; start <= n - MIN_UNKNOWN_HEAD; start++) {
			int headEnd = head(word, start, stemmer);
			if (headEnd - start >= MIN_UNKNOWN_HEAD) {
				List<int[]> parts = new ArrayList<>();
				parts.add(new int[] { 0, start });
				parts.add(new int[] { start, headEnd });
				return parts;
			}
		}
		return null;
	}

	private static boolean isLetters(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isLetter(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
