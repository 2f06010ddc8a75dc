package dk.newsroom.gateway.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.search.index.SearchFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Lucene query of a search from its words and phrases, term by term, with no
 * query parser: nothing a reader types is syntax except the quotes.
 * <p>
 * Every word and every phrase must match (AND). A word matches when one of its terms (the
 * query analyzer's: folded, without stop words, stemmed) is in the title, the names, the
 * lead or the body; each field it is in adds its score, weighted as
 * {@link SearchFields#SEARCHED} says, with the term's statistics shared by the fields
 * ({@link BlendedTermQuery}). A word of {@value #FUZZY_MIN_LETTERS} letters or more that
 * the index does not know is taken for a typo and matches the (at most
 * {@value #CORRECTIONS}) most frequent terms one edit away (two from
 * {@value #TWO_EDITS_MIN_LETTERS} letters), at a {@value #FUZZY_WEIGHT} weight. A phrase
 * matches its words in order in one field. Stop words alone match nothing.
 */
public final class SearchQueries {

	static final int FUZZY_MIN_LETTERS = 5;

	/** From this many letters a typo may be two edits from its word (one below). */
	static final int TWO_EDITS_MIN_LETTERS = 8;

	/** How many terms near a typo it may stand for. */
	static final int CORRECTIONS = 5;

	static final float FUZZY_WEIGHT = 0.4f;

	static final float TIE_BREAKER = 0.1f;

	private final Analyzer analyzer;

	private final QueryBuilder phrases;

	/**
	 * @param queryAnalyzer the analyzer of query text
	 */
	public SearchQueries(Analyzer queryAnalyzer) {
		this.analyzer = queryAnalyzer;
		this.phrases = new QueryBuilder(queryAnalyzer);
	}

	/**
	 * The text part: what must match, scored. {@code null} when the text has no term to
	 * search for (only stop words or punctuation).
	 * @param text the words and phrases
	 * @param vocabulary what the index holds
	 */
	@Nullable Query text(SearchText text, IndexVocabulary vocabulary) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = 0;
		for (String word : text.words()) {
			for (WordTerm term : terms(word)) {
				query.add(word(term, vocabulary), Occur.MUST);
				clauses++;
			}
		}
		for (String phrase : text.phrases()) {
			Query matched = phrase(phrase, vocabulary.fields());
			if (matched != null) {
				query.add(matched, Occur.MUST);
				clauses++;
			}
		}
		return (clauses > 0) ? query.build() : null;
	}

	/**
	 * The whole query: the text, scored with the recency boost when sorting by relevance,
	 * restricted to visible items matching the filters.
	 * @param request the search
	 * @param text its {@link #text text part}, or {@code null} when it has no terms
	 * @param now the instant that decides visibility (the feed's rule: published at or
	 * before it), epoch milliseconds
	 * @param scoredAt the reference instant of the recency boost, epoch milliseconds
	 */
	Query query(SearchRequest request, @Nullable Query text, long now, long scoredAt) {
		if (text == null) {
			return new MatchNoDocsQuery("no search terms");
		}
		Query scored = (request.sort() == SearchSort.RELEVANCE) ? new RecencyBoostQuery(text, scoredAt) : text;
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(scored, Occur.MUST)
			.add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(SearchFields.PUBLISHED, Long.MIN_VALUE, now),
					NumericDocValuesField.newSlowRangeQuery(SearchFields.PUBLISHED, Long.MIN_VALUE, now)),
					Occur.FILTER);
		if (!request.types().isEmpty()) {
			BooleanQuery.Builder types = new BooleanQuery.Builder();
			for (ContentType type : request.types()) {
				types.add(new TermQuery(new Term(SearchFields.TYPE, type.wireName())), Occur.SHOULD);
			}
			query.add(types.build(), Occur.FILTER);
		}
		filter(query, SearchFields.SECTION, request.section());
		filter(query, SearchFields.TAG, request.tag());
		filter(query, SearchFields.TRACK, request.track());
		filter(query, SearchFields.CITY, request.city());
		if (request.from() != null || request.to() != null) {
			long from = (request.from() != null) ? request.from().toEpochMilli() : Long.MIN_VALUE;
			long to = (request.to() != null) ? request.to().toEpochMilli() : Long.MAX_VALUE;
			query.add(LongPoint.newRangeQuery(SearchFields.DATE, from, to), Occur.FILTER);
		}
		return query.build();
	}

	private static void filter(BooleanQuery.Builder query, String field, @Nullable String value) {
		if (value != null) {
			query.add(new TermQuery(new Term(field, value.strip().toLowerCase(Locale.ROOT))), Occur.FILTER);
		}
	}

	/**
	 * One term in every searched field, as one blended term: the fields share the term's
	 * statistics (its rarest field's document frequency), so a word that is common in
	 * titles does not rank a body match above a title match just by being rare in bodies;
	 * the fields' scores are added (a sum, which Lucene can bound per block of documents
	 * and so skip those that cannot reach the page; the best field alone ranked the
	 * relevance set the same and was slower). A word the index does not know, of
	 * {@value #FUZZY_MIN_LETTERS} letters or more, is taken for a typo: the most frequent
	 * terms an edit or two away come beside it as plain terms at a lower weight (one
	 * automaton for all fields, and nothing for the highlighter to expand again). A word
	 * the index knows is taken as typed (its near neighbours would bring near names:
	 * "Kjærgaard" for "Kjærsgaard").
	 */
	private static Query word(WordTerm term, IndexVocabulary vocabulary) {
		Query exact = blended(term.text(), vocabulary.fields());
		if (term.letters() < FUZZY_MIN_LETTERS || vocabulary.has(term.text())) {
			return exact;
		}
		List<Query> alternatives = new ArrayList<>();
		alternatives.add(exact);
		int edits = (term.letters() >= TWO_EDITS_MIN_LETTERS) ? 2 : 1;
		for (String correction : vocabulary.corrections(term.text(), edits, CORRECTIONS)) {
			alternatives.add(new BoostQuery(blended(correction, vocabulary.fields()), FUZZY_WEIGHT));
		}
		return new DisjunctionMaxQuery(alternatives, 0);
	}

	/** The term in every field, weighted, with the statistics shared. */
	private static Query blended(String term, List<SearchFields.Weighted> fields) {
		BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder()
			.setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
		for (SearchFields.Weighted field : fields) {
			blended.add(new Term(field.field(), term), field.weight());
		}
		return blended.build();
	}

	private @Nullable Query phrase(String phrase, List<SearchFields.Weighted> fields) {
		List<Query> alternatives = new ArrayList<>();
		for (SearchFields.Weighted field : fields) {
			Query matched = this.phrases.createPhraseQuery(field.field(), phrase);
			if (matched != null) {
				alternatives.add(new BoostQuery(matched, field.weight()));
			}
		}
		return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
	}

	/** The terms of one word, each with the number of letters it was typed with. */
	private List<WordTerm> terms(String word) {
		List<WordTerm> terms = new ArrayList<>();
		try (TokenStream tokens = this.analyzer.tokenStream(SearchFields.BODY, word)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(new WordTerm(term.toString(), letters(word, offset.startOffset(), offset.endOffset())));
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static int letters(String word, int start, int end) {
		int letters = 0;
		for (int i = Math.max(0, start); i < Math.min(word.length(), end); i++) {
			if (Character.isLetter(word.charAt(i))) {
				letters++;
			}
		}
		return letters;
	}

	private record WordTerm(String text, int letters) {

	}

}
