package dk.newsroom.gateway.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.newsroom.gateway.search.index.SearchFields;
import dk.newsroom.gateway.search.index.SearchIndex;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Runs searches on the index: one pass collects the page (sorted by score, then newest,
 * then {@code type:id}, or newest first) and the facets of every match; the page's
 * snippets are highlighted after. Blocking (Lucene reads its files): call it off the
 * event loop. Thread-safe.
 */
public final class Searcher {

	/** How many values of a facet are counted and listed, most frequent first. */
	static final int FACET_VALUES = 20;

	/** The snippet's length goal, in characters. */
	static final int SNIPPET_LENGTH = 180;

	/** Where in the snippet the first match sits, from 0 (start) to 1 (end). */
	static final float SNIPPET_ALIGNMENT = 0.3f;

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
			new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true),
			new SortField(SearchFields.REF, SortField.Type.STRING));

	private static final Sort BY_DATE = new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true),
			new SortField(SearchFields.REF, SortField.Type.STRING));

	private final SearchIndex index;

	private final SearchQueries queries;

	private final Clock clock;

	private volatile @Nullable FacetState facetState;

	public Searcher(SearchIndex index, Clock clock) {
		this.index = index;
		this.queries = new SearchQueries(index.analysis().queryAnalyzer());
		this.clock = clock;
	}

	/**
	 * @param request the search
	 * @return the page
	 * @throws IOException if the index cannot be read
	 */
	public SearchResults search(SearchRequest request) throws IOException {
		long now = this.clock.millis();
		SearchCursor cursor = request.cursor();
		long scoredAt = (cursor != null) ? cursor.scoredAt() : now;
		boolean byRelevance = request.sort() == SearchSort.RELEVANCE;
		Sort sort = byRelevance ? BY_RELEVANCE : BY_DATE;
		IndexSearcher searcher = this.index.acquire();
		try {
			// Built once: the search and the snippets use the same text query (a typo's
			// corrections cost an automaton).
			Query text = this.queries.text(request.text(), IndexVocabulary.of(searcher));
			Query query = this.queries.query(request, text, now, scoredAt);
			MultiCollectorManager collectors = new MultiCollectorManager(new TopFieldCollectorManager(sort,
					request.limit() + 1, after(cursor, byRelevance), Integer.MAX_VALUE), new FacetsCollectorManager());
			Object[] collected = searcher.search(query, collectors);
			TopFieldDocs top = (TopFieldDocs) collected[0];
			FacetsCollector facets = (FacetsCollector) collected[1];
			ScoreDoc[] page = top.scoreDocs;
			boolean more = page.length > request.limit();
			ScoreDoc[] shown = more ? Arrays.copyOf(page, request.limit()) : page;
			List<SearchResults.Hit> hits = hits(searcher, text, shown, byRelevance);
			SearchCursor next = more ? cursorAfter((FieldDoc) shown[shown.length - 1], request, scoredAt, byRelevance)
					: null;
			return new SearchResults(top.totalHits.value, hits, facetCounts(searcher.getIndexReader(), facets), next);
		}
		finally {
			this.index.release(searcher);
		}
	}

	private static @Nullable FieldDoc after(@Nullable SearchCursor cursor, boolean byRelevance) {
		if (cursor == null) {
			return null;
		}
		Object[] values = byRelevance ? new Object[] { cursor.score(), cursor.published(), new BytesRef(cursor.ref()) }
				: new Object[] { cursor.published(), new BytesRef(cursor.ref()) };
		return new FieldDoc(Integer.MAX_VALUE, byRelevance ? cursor.score() : Float.NaN, values);
	}

	private static SearchCursor cursorAfter(FieldDoc last, SearchRequest request, long scoredAt, boolean byRelevance) {
		Object[] values = last.fields;
		int at = byRelevance ? 1 : 0;
		float score = byRelevance ? (Float) values[0] : Float.NaN;
		return new SearchCursor(request.fingerprint(), scoredAt, score, (Long) values[at],
				((BytesRef) values[at + 1]).utf8ToString());
	}

	private List<SearchResults.Hit> hits(IndexSearcher searcher, @Nullable Query text, ScoreDoc[] shown,
			boolean byRelevance) throws IOException {
		if (shown.length == 0) {
			return List.of();
		}
		String[] snippets = snippets(searcher, text, shown);
		List<SearchResults.Hit> hits = new ArrayList<>(shown.length);
		for (int i = 0; i < shown.length; i++) {
			ScoreDoc hit = shown[i];
			BytesRef item = searcher.storedFields().document(hit.doc).getBinaryValue(SearchFields.ITEM);
			byte[] json = Arrays.copyOfRange(item.bytes, item.offset, item.offset + item.length);
			Float score = byRelevance ? (Float) ((FieldDoc) hit).fields[0] : null;
			hits.add(new SearchResults.Hit(json, (snippets[i] != null) ? snippets[i] : "", score));
		}
		return hits;
	}

	/**
	 * The best passage of each result's lead and body for the text's terms (only the
	 * text: a filter's value is not marked).
	 */
	private String[] snippets(IndexSearcher searcher, @Nullable Query text, ScoreDoc[] shown) throws IOException {
		if (text == null) {
			return new String[shown.length];
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, this.index.analysis().indexAnalyzer())
			.withFieldMatcher(Searcher::isSearched)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(DANISH), SNIPPET_LENGTH, SNIPPET_ALIGNMENT))
			.withMaxNoHighlightPassages(1)
			.withMaxLength(20_000)
			.build();
		TopDocs docs = new TopDocs(new TotalHits(shown.length, TotalHits.Relation.EQUAL_TO), shown);
		return highlighter.highlight(SearchFields.SNIPPET, text, docs, 1);
	}

	private static boolean isSearched(String field) {
		for (SearchFields.Weighted searched : SearchFields.SEARCHED) {
			if (searched.field().equals(field)) {
				return true;
			}
		}
		return false;
	}

	private Map<String, List<SearchResults.FacetCount>> facetCounts(IndexReader reader, FacetsCollector matches)
			throws IOException {
		SortedSetDocValuesReaderState state = facetState(reader);
		Map<String, List<SearchResults.FacetCount>> counts = new LinkedHashMap<>();
		SortedSetDocValuesFacetCounts facets = (state != null) ? new SortedSetDocValuesFacetCounts(state, matches)
				: null;
		for (String dimension : SearchFields.FACETS) {
			List<SearchResults.FacetCount> values = new ArrayList<>();
			if (facets != null && state.getOrdRange(dimension) != null) {
				FacetResult result = facets.getTopChildren(FACET_VALUES, dimension);
				if (result != null) {
					for (LabelAndValue value : result.labelValues) {
						values.add(new SearchResults.FacetCount(value.label, value.value.longValue()));
					}
				}
			}
			counts.put(dimension, values);
		}
		return counts;
	}

	/**
	 * The facets' ordinals of this reader, computed once per refresh of the index (not
	 * per search).
	 */
	private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		FacetState current = this.facetState;
		if (current != null && current.reader() == reader) {
			return current.state();
		}
		SortedSetDocValuesReaderState state;
		try {
			state = new DefaultSortedSetDocValuesReaderState(reader, SearchIndex.facetsConfig());
		}
		catch (IllegalArgumentException ex) {
			// No document has a facet yet.
			state = null;
		}
		this.facetState = new FacetState(reader, state);
		return state;
	}

	private record FacetState(IndexReader reader, @Nullable SortedSetDocValuesReaderState state) {

	}

}
