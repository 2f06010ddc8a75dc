package dk.newsroom.gateway.search.analysis;

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

	private final DanishCompoundSplitter splitter;

	private DanishAnalysis(DanishCompoundSplitter splitter) {
		this.splitter = splitter;
	}

	/**
	 * With the word list shipped in the gateway
	 * ({@code search/danish-compound-parts.txt}).
	 */
	public static DanishAnalysis load() {
		return new DanishAnalysis(DanishCompoundSplitter.shipped(true));
	}

	/** For text to be indexed: terms of the words and of the parts of compounds. */
	public Analyzer indexAnalyzer() {
		return new DanishTextAnalyzer(this.splitter);
	}

	/** For query text: terms of the words, compounds left whole. */
	public Analyzer queryAnalyzer() {
		return new DanishTextAnalyzer(null);
	}

	/** The Danish stop words (Snowball's list, as Lucene ships it). */
	public static CharArraySet stopWords() {
		return DanishAnalyzer.getDefaultStopSet();
	}

}
