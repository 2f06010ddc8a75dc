package dk.newsroom.gateway.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The Danish analysis chain (docs/search.md, "Danish analysis"): StandardTokenizer, lower
 * case, accents folded but æ, ø, å kept, compound parts added (if a splitter is given),
 * the ASCII spellings aa, ae, oe as å, æ, ø, Danish stop words removed, the Snowball
 * Danish stemmer, the e-syncope of stems joined, duplicate terms at a position removed;
 * each distinct word once ({@link MemoizedWordFilter}).
 */
final class DanishTextAnalyzer extends Analyzer {

	private final @Nullable DanishCompoundSplitter splitter;

	private final boolean memoized;

	/**
	 * @param splitter adds compound parts, or {@code null} for none
	 * @param memoized whether each distinct word goes through the filters once
	 * ({@link MemoizedWordFilter}; the same terms, faster)
	 */
	DanishTextAnalyzer(@Nullable DanishCompoundSplitter splitter, boolean memoized) {
		this.splitter = splitter;
		this.memoized = memoized;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = this.memoized ? new MemoizedWordFilter(tokenizer, this::words) : words(tokenizer);
		return new TokenStreamComponents(tokenizer, stream);
	}

	/** The filters of each word, after the tokenizer. */
	private TokenStream words(TokenStream tokens) {
		TokenStream stream = new LowerCaseFilter(tokens);
		stream = new SpellingFilter(stream, SpellingFilter.Step.FOLD_ACCENTS);
		if (this.splitter != null) {
			stream = new DanishCompoundFilter(stream, this.splitter);
		}
		stream = new SpellingFilter(stream, SpellingFilter.Step.NORMALIZE_LETTERS);
		stream = new StopFilter(stream, DanishAnalyzer.getDefaultStopSet());
		stream = new SnowballFilter(stream, new DanishStemmer());
		stream = new SpellingFilter(stream, SpellingFilter.Step.NORMALIZE_STEM);
		if (this.splitter != null) {
			stream = new RemoveDuplicatesTokenFilter(stream);
		}
		return stream;
	}

	/** For wildcard, prefix and fuzzy terms: the spelling steps, no stemming. */
	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		TokenStream stream = new LowerCaseFilter(in);
		stream = new SpellingFilter(stream, SpellingFilter.Step.FOLD_ACCENTS);
		return new SpellingFilter(stream, SpellingFilter.Step.NORMALIZE_LETTERS);
	}

}
