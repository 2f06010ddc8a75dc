package dk.newsroom.gateway.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each term by a function of it; one of the {@link DanishSpelling} steps.
 */
final class StringMappingFilter extends TokenFilter {

	private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);

	private final UnaryOperator<String> mapping;

	StringMappingFilter(TokenStream input, UnaryOperator<String> mapping) {
		super(input);
		this.mapping = mapping;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		String term = this.termAttribute.toString();
		String mapped = this.mapping.apply(term);
		if (!mapped.equals(term)) {
			this.termAttribute.setEmpty().append(mapped);
		}
		return true;
	}

}
