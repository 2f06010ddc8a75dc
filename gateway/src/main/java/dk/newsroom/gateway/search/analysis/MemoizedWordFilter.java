package dk.newsroom.gateway.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs a chain of word filters on each token of its input once per distinct token text,
 * and gives the remembered terms for it after that.
 * <p>
 * The chain must treat every token on its own: what it makes of a token (the terms, their
 * position increments and offsets relative to the token's) depends only on the token's
 * text, never on its neighbours. The Danish chain is such a chain (lower case, spelling
 * steps, compound parts at the word's position, stop words, the stemmer, duplicates at
 * one position), and a text's words repeat (in news text most of a text's words are among
 * a few thousand), so most tokens cost one look-up instead of the chain's eight steps. A
 * token the chain removes (a stop word) adds its position increment to the next term's,
 * as Lucene's stop filter does.
 * <p>
 * The remembered words belong to one instance, which an analyzer uses on one thread at a
 * time; it forgets them all when it holds {@value #MAX_WORDS}.
 */
final class MemoizedWordFilter extends TokenFilter {

	/** How many distinct words it remembers before it starts over. */
	static final int MAX_WORDS = 50_000;

	private static final Term[] NONE = new Term[0];

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final OneWord word = new OneWord();

	private final TokenStream chain;

	private final CharTermAttribute chainTerm;

	private final PositionIncrementAttribute chainIncrement;

	private final OffsetAttribute chainOffset;

	private final CharArrayMap<Term[]> words = new CharArrayMap<>(1024, false);

	private Term[] pending = NONE;

	private int next;

	private int start;

	/** Position increments of tokens the chain removed, not yet passed on. */
	private int skipped;

	/**
	 * @param input the tokens
	 * @param chain builds the chain of word filters on the source it is given
	 */
	MemoizedWordFilter(TokenStream input, UnaryOperator<TokenStream> chain) {
		super(input);
		this.chain = chain.apply(this.word);
		this.chainTerm = this.chain.addAttribute(CharTermAttribute.class);
		this.chainIncrement = this.chain.addAttribute(PositionIncrementAttribute.class);
		this.chainOffset = this.chain.addAttribute(OffsetAttribute.class);
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (this.next >= this.pending.length) {
			if (!this.input.incrementToken()) {
				return false;
			}
			this.skipped += this.increment.getPositionIncrement();
			this.start = this.offset.startOffset();
			Term[] terms = this.words.get(this.term.buffer(), 0, this.term.length());
			if (terms == null) {
				terms = analyse();
			}
			else if (this.offset.endOffset() - this.start != this.term.length()) {
				// A word whose text is not its span (a character filter's entity): the
				// chain's offsets may differ, so it is analysed on its own.
				terms = analyse();
			}
			this.pending = terms;
			this.next = 0;
		}
		Term out = this.pending[this.next++];
		this.term.copyBuffer(out.text(), 0, out.text().length);
		// The chain saw the word with an increment of 1.
		int increment = (out.increment() > 0) ? this.skipped + out.increment() - 1 : out.increment();
		this.increment.setPositionIncrement(increment);
		if (out.increment() > 0) {
			this.skipped = 0;
		}
		this.offset.setOffset(this.start + out.start(), this.start + out.end());
		return true;
	}

	/** The chain's terms of the current token, remembered. */
	private Term[] analyse() throws IOException {
		String text = this.term.toString();
		int length = this.offset.endOffset() - this.start;
		this.word.set(text, length);
		List<Term> terms = new ArrayList<>(2);
		this.chain.reset();
		while (this.chain.incrementToken()) {
			terms.add(new Term(Arrays.copyOf(this.chainTerm.buffer(), this.chainTerm.length()),
					this.chainIncrement.getPositionIncrement(), this.chainOffset.startOffset(),
					this.chainOffset.endOffset()));
		}
		this.chain.end();
		this.chain.close();
		Term[] analysed = terms.isEmpty() ? NONE : terms.toArray(NONE);
		if (length == text.length()) {
			if (this.words.size() >= MAX_WORDS) {
				this.words.clear();
			}
			this.words.put(text, analysed);
		}
		return analysed;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.pending = NONE;
		this.next = 0;
		this.skipped = 0;
	}

	@Override
	public void end() throws IOException {
		super.end();
		// Removed tokens at the end count toward the gap to the field's next value.
		this.increment.setPositionIncrement(this.increment.getPositionIncrement() + this.skipped);
		this.skipped = 0;
	}

	/**
	 * A term the chain made of a word.
	 *
	 * @param text its characters
	 * @param increment its position increment, the word's being 1
	 * @param start its start offset from the word's
	 * @param end its end offset from the word's start
	 */
	private record Term(char[] text, int increment, int start, int end) {

	}

	/** The source of the chain: one word at offset 0, with an increment of 1. */
	private static final class OneWord extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private String text = "";

		private int length;

		private boolean given;

		void set(String text, int length) {
			this.text = text;
			this.length = length;
		}

		@Override
		public boolean incrementToken() {
			if (this.given) {
				return false;
			}
			clearAttributes();
			this.term.setEmpty().append(this.text);
			this.increment.setPositionIncrement(1);
			this.offset.setOffset(0, this.length);
			this.given = true;
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.given = false;
		}

		@Override
		public void end() throws IOException {
			super.end();
			this.offset.setOffset(this.length, this.length);
		}

	}

}
