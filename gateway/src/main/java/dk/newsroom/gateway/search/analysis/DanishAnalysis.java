package dk.newsroom.gateway.search.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;

/**
 * The analyzers of the Danish full-text search: one for indexing, one for queries. Both
 * fold spellings ("Aabenraa" and "Åbenrå", "cafe" and "café"), drop Danish stop words and
 * stem ("kommunerne" and "kommune"); the index analyzer also adds the parts of compounds
 * found with the shipped word list, so "sikkerhed" finds "cybersikkerhed". The query
 * analyzer does not split: a compound in a query matches the same compound or a compound
 * ending in it, not every text with one of its parts.
 * <p>
 * Analyzers are thread-safe; build them once ({@link #load()} reads the word list) and
 * close them with the index.
 */
public final class DanishAnalysis {

	/**
	 * The version of the analysis chain: raise it with every change to the analyzers'
	 * code that changes the terms of some text, so a stored index is rebuilt.
	 */
	static final int CHAIN_VERSION = 1;

	private final DanishCompoundSplitter splitter;

	private final String fingerprint;

	private DanishAnalysis(DanishCompoundSplitter splitter, String fingerprint) {
		this.splitter = splitter;
		this.fingerprint = fingerprint;
	}

	/**
	 * With the word list shipped in the gateway
	 * ({@code search/danish-compound-parts.txt}).
	 */
	public static DanishAnalysis load() {
		List<String> words = DanishCompoundSplitter.readWordList(DanishCompoundSplitter.WORD_LIST);
		return new DanishAnalysis(new DanishCompoundSplitter(words, true), fingerprint(words));
	}

	/**
	 * What the terms of a text depend on: the chain's version and the word list. An index
	 * written with another fingerprint must be rebuilt.
	 */
	public String fingerprint() {
		return this.fingerprint;
	}

	private static String fingerprint(List<String> words) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("danish-" + CHAIN_VERSION).getBytes(StandardCharsets.UTF_8));
			for (String word : words) {
				digest.update((byte) '\n');
				digest.update(word.getBytes(StandardCharsets.UTF_8));
			}
			return "danish-" + CHAIN_VERSION + "-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** For text to be indexed: terms of the words and of the parts of compounds. */
	public Analyzer indexAnalyzer() {
		return new DanishTextAnalyzer(this.splitter, true);
	}

	/** For query text: terms of the words, compounds left whole. */
	public Analyzer queryAnalyzer() {
		return new DanishTextAnalyzer(null, true);
	}

	/** The Danish stop words (Snowball's list, as Lucene ships it). */
	public static CharArraySet stopWords() {
		return DanishAnalyzer.getDefaultStopSet();
	}

}
