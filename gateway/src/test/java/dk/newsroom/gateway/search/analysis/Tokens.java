package dk.newsroom.gateway.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms an analyzer makes of a text, grouped by position.
 */
final class Tokens {

	private Tokens() {
	}

	/** The terms in order, those at one position in the order the analyzer gives them. */
	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		positions(analyzer, text).forEach(terms::addAll);
		return terms;
	}

	/** One list of terms per position (a word and its compound parts share one). */
	static List<List<String>> positions(Analyzer analyzer, String text) {
		List<List<String>> positions = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
					positions.add(new ArrayList<>());
				}
				positions.get(positions.size() - 1).add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return positions;
	}

}
