package dk.newsroom.gateway.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Adds the parts of a compound after it, at its position and with its offsets
 * ({@link DanishCompoundSplitter}). Expects lower-case, accent-folded terms.
 */
final class DanishCompoundFilter extends CompoundWordTokenFilterBase {

	private final DanishCompoundSplitter splitter;

	private final DanishStemmer stemmer = new DanishStemmer();

	DanishCompoundFilter(TokenStream input, DanishCompoundSplitter splitter) {
		super(input, CharArraySet.EMPTY_SET, DanishCompoundSplitter.MIN_WORD, DanishCompoundSplitter.MIN_PART,
				DanishCompoundSplitter.MAX_WORD, false);
		this.splitter = splitter;
	}

	@Override
	protected void decompose() {
		char[] buffer = this.termAtt.buffer();
		int length = this.termAtt.length();
		if (length > DanishCompoundSplitter.MAX_WORD) {
			return;
		}
		for (int i = 0; i < length; i++) {
			if (!Character.isLetter(buffer[i])) {
				return;
			}
		}
		for (int[] part : this.splitter.split(this.termAtt.toString(), this.stemmer)) {
			this.tokens.add(new CompoundToken(part[0], part[1] - part[0]));
		}
	}

}
