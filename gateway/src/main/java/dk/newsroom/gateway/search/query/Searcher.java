package dk.newsroom.gateway.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dk.newsroom.gateway.search.index.SearchFields;
import dk.newsroom.gateway.search.index.SearchIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
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

	private static final String MARK = "<mark>";

	/** The fields a snippet is taken from. */
	private static final String[] HIGHLIGHTED = { SearchFields.LEAD, SearchFields.BODY };

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
			new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true),
			new SortField(SearchFields.REF, SortField.Type.STRING));

	private static final Sort BY_DATE = new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true),
			new SortField(SearchFields.REF, SortField.Type.STRING));

	private final SearchIndex index;

	private final SearchQueries queries;

	private final Clock clock;

	private volatile @Nullable FacetCounter facetCounter;

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
			FacetsCollector matches = (FacetsCollector) collected[1];
			ScoreDoc[] page = top.scoreDocs;
			boolean more = page.length > request.limit();
			ScoreDoc[] shown = more ? Arrays.copyOf(page, request.limit()) : page;
			List<SearchResults.Hit> hits = hits(searcher, text, shown, byRelevance);
			SearchCursor next = more ? cursorAfter((FieldDoc) shown[shown.length - 1], request, scoredAt, byRelevance)
					: null;
			return new SearchResults(top.totalHits.value, hits,
					facetCounter(searcher.getIndexReader()).count(matches, FACET_VALUES), next);
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
		// Each result's stored fields once: the item, and the lead and body to highlight.
		StoredFields stored = searcher.storedFields();
		Map<Integer, Document> documents = new HashMap<>();
		for (ScoreDoc hit : shown) {
			documents.put(hit.doc, stored.document(hit.doc));
		}
		String[] snippets = snippets(searcher, text, shown, documents);
		List<SearchResults.Hit> hits = new ArrayList<>(shown.length);
		for (int i = 0; i < shown.length; i++) {
			ScoreDoc hit = shown[i];
			BytesRef item = documents.get(hit.doc).getBinaryValue(SearchFields.ITEM);
			byte[] json = Arrays.copyOfRange(item.bytes, item.offset, item.offset + item.length);
			Float score = byRelevance ? (Float) ((FieldDoc) hit).fields[0] : null;
			hits.add(new SearchResults.Hit(json, snippets[i], score));
		}
		return hits;
	}

	/**
	 * The snippet of each result: the best passage of its lead or its body for the text's
	 * terms (only the text: a filter's value is not marked), whichever marks more of
	 * them, the lead on a tie; without a match, the start of the lead (or of the body).
	 * The terms' places come from the index (the lead and the body are indexed with
	 * offsets), so no text is analysed again.
	 */
	private String[] snippets(IndexSearcher searcher, @Nullable Query text, ScoreDoc[] shown,
			Map<Integer, Document> documents) throws IOException {
		String[] snippets = new String[shown.length];
		if (text == null) {
			Arrays.fill(snippets, "");
			return snippets;
		}
		UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, this.index.analysis().indexAnalyzer())
			.withFormatter(new DefaultPassageFormatter(MARK, "</mark>", " … ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(DANISH), SNIPPET_LENGTH, SNIPPET_ALIGNMENT))
			.withMaxNoHighlightPassages(1)
			// The query's terms and phrases are marked (not the matches of its weight,
			// which cost a scorer per result and field: half of the snippets' time).
			.withWeightMatches(false)
			.withMaxLength(20_000);
		UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {

			@Override
			protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
					throws IOException {
				List<CharSequence[]> values = new ArrayList<>();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					Document document = documents.get(doc);
					CharSequence[] texts = new CharSequence[fields.length];
					for (int f = 0; f < fields.length; f++) {
						texts[f] = (document != null) ? Objects.requireNonNullElse(document.get(fields[f]), "") : "";
					}
					values.add(texts);
				}
				return values;
			}

		};
		TopDocs docs = new TopDocs(new TotalHits(shown.length, TotalHits.Relation.EQUAL_TO), shown);
		Map<String, String[]> passages = highlighter.highlightFields(HIGHLIGHTED, text, docs, new int[] { 1, 1 });
		String[] leads = passages.get(SearchFields.LEAD);
		String[] bodies = passages.get(SearchFields.BODY);
		for (int i = 0; i < shown.length; i++) {
			String lead = Objects.requireNonNullElse(leads[i], "");
			String body = Objects.requireNonNullElse(bodies[i], "");
			snippets[i] = (marks(body) > marks(lead) || lead.isEmpty()) ? body : lead;
		}
		return snippets;
	}

	private static int marks(String snippet) {
		int marks = 0;
		for (int at = snippet.indexOf(MARK); at >= 0; at = snippet.indexOf(MARK, at + MARK.length())) {
			marks++;
		}
		return marks;
	}

	/**
	 * The facet counter of this reader, read once per refresh of the index (not per
	 * search).
	 */
	private FacetCounter facetCounter(IndexReader reader) throws IOException {
		FacetCounter current = this.facetCounter;
		if (current != null && current.isFor(reader)) {
			return current;
		}
		FacetCounter counter = FacetCounter.of(reader);
		this.facetCounter = counter;
		return counter;
	}

}
