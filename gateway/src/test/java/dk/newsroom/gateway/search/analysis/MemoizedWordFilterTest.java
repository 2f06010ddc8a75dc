package dk.newsroom.gateway.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dk.newsroom.gateway.search.RelevanceCorpus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memoized chain gives exactly the terms, position increments and offsets of the
 * chain run on every word, on the relevance corpus's texts and queries read twice (the
 * second time from what it remembered) and on texts made to catch a chain that looks at
 * neighbours.
 */
class MemoizedWordFilterTest {

	private static final DanishCompoundSplitter SPLITTER = new DanishCompoundSplitter(
			DanishCompoundSplitter.readWordList(DanishCompoundSplitter.WORD_LIST), true);

	@Test
	void theIndexChainGivesTheSameTokensAsWithoutMemory() {
		sameTokens(new DanishTextAnalyzer(SPLITTER, false), new DanishTextAnalyzer(SPLITTER, true), texts());
	}

	@Test
	void theQueryChainGivesTheSameTokensAsWithoutMemory() {
		List<String> queries = new ArrayList<>(
				RelevanceCorpus.queries().stream().map(RelevanceCorpus.Query::q).toList());
		queries.addAll(texts());
		sameTokens(new DanishTextAnalyzer(null, false), new DanishTextAnalyzer(null, true), queries);
	}

	@Test
	void stopWordsAtTheStartAndEndKeepTheirPositions() {
		List<String> texts = List.of("og det er cybersikkerhed i kommunerne", "kommunerne og det", "og", "det og det",
				"Aabenraa og Åbenrå", "datacentre, datacenter og datacentrene. Og så videre");
		sameTokens(new DanishTextAnalyzer(SPLITTER, false), new DanishTextAnalyzer(SPLITTER, true), texts);
		List<Token> tokens = tokens(new DanishTextAnalyzer(SPLITTER, true), "og det er cybersikkerhed");
		assertThat(tokens.get(0).increment()).as("three stop words before the first term").isEqualTo(4);
	}

	@Test
	void forgettingAfterManyWordsChangesNothing() {
		String many = String.join(" ",
				IntStream.range(0, MemoizedWordFilter.MAX_WORDS + 500)
					.mapToObj((i) -> "ord" + i + "sikkerhed")
					.toList());
		Analyzer memoized = new DanishTextAnalyzer(SPLITTER, true);
		Analyzer plain = new DanishTextAnalyzer(SPLITTER, false);
		sameTokens(plain, memoized, List.of(many, "cybersikkerheden i kommunerne", many));
	}

	private static void sameTokens(Analyzer plain, Analyzer memoized, List<String> texts) {
		int compared = 0;
		for (int round = 0; round < 2; round++) {
			for (String text : texts) {
				assertThat(tokens(memoized, text)).as(text).isEqualTo(tokens(plain, text));
				compared++;
			}
		}
		assertThat(compared).isEqualTo(2 * texts.size());
	}

	/** Every string of the relevance corpus's items. */
	private static List<String> texts() {
		List<String> texts = new ArrayList<>();
		for (RelevanceCorpus.Record record : RelevanceCorpus.records(Instant.parse("2026-12-01T12:00:00Z"))) {
			strings(record.json(), texts);
		}
		assertThat(texts).hasSizeGreaterThan(1000);
		return texts;
	}

	private static void strings(Object value, List<String> into) {
		if (value instanceof String text) {
			into.add(text);
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((v) -> strings(v, into));
		}
		else if (value instanceof List<?> list) {
			list.forEach((v) -> strings(v, into));
		}
	}

	private static List<Token> tokens(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), increment.getPositionIncrement(), offset.startOffset(),
						offset.endOffset()));
			}
			stream.end();
			tokens.add(new Token("(end)", increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private record Token(String term, int increment, int start, int end) {

	}

}
