package dk.newsroom.gateway.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One of the {@link DanishSpelling} steps, on each term's buffer in place (no string a
 * term unless it must grow).
 */
final class SpellingFilter extends TokenFilter {

	/** A spelling step. */
	enum Step {

		/** {@link DanishSpelling#foldAccents(String)}. */
		FOLD_ACCENTS,

		/** {@link DanishSpelling#normalizeLetters(String)}. */
		NORMALIZE_LETTERS,

		/** {@link DanishSpelling#normalizeStem(String)}. */
		NORMALIZE_STEM

	}

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final Step step;

	SpellingFilter(TokenStream input, Step step) {
		super(input);
		this.step = step;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		switch (this.step) {
			case FOLD_ACCENTS -> DanishSpelling.foldAccents(this.term);
			case NORMALIZE_LETTERS ->
				this.term.setLength(DanishSpelling.normalizeLetters(this.term.buffer(), this.term.length()));
			case NORMALIZE_STEM ->
				this.term.setLength(DanishSpelling.normalizeStem(this.term.buffer(), this.term.length()));
		}
		return true;
	}

}
