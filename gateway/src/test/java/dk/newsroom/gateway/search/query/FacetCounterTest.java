package dk.newsroom.gateway.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import dk.newsroom.gateway.search.index.SearchFields;
import dk.newsroom.gateway.search.index.SearchIndex;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet counts against Lucene's own ({@link SortedSetDocValuesFacetCounts}) on random
 * documents in several segments with deletions: values common and rare, matches many
 * (counted with bit sets) and few (counted one by one).
 */
class FacetCounterTest {

	private static final String[] TYPES = { "article", "event", "person" };

	@Test
	void countsWhatLucenesFacetCountsCount() throws IOException {
		Random random = new Random(42);
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (int segment = 0; segment < 3; segment++) {
				for (int i = 0; i < 3_000; i++) {
					writer.addDocument(SearchIndex.facetsConfig().build(document(random, segment * 10_000 + i)));
				}
				writer.commit();
			}
			// Deleted documents are not counted.
			writer.deleteDocuments(new Term("mod", "7"));
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				assertThat(reader.hasDeletions()).isTrue();
				IndexSearcher searcher = new IndexSearcher(reader);
				FacetCounter counter = FacetCounter.of(reader);
				assertThat(counter.isFor(reader)).isTrue();
				SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader,
						SearchIndex.facetsConfig());
				List<Query> queries = new ArrayList<>();
				queries.add(new MatchAllDocsQuery());
				for (String mod : List.of("0", "3")) {
					queries.add(new TermQuery(new Term("mod", mod)));
				}
				// A few matches only: counted one by one.
				queries.add(new TermQuery(new Term("rare", "yes")));
				queries.add(new BooleanQuery.Builder().add(new TermQuery(new Term("mod", "1")), Occur.MUST)
					.add(new TermQuery(new Term(SearchFields.TYPE, "event")), Occur.MUST)
					.build());
				for (Query query : queries) {
					FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
					assertThat(counter.count(matches, 1_000)).as(query.toString())
						.isEqualTo(lucene(state, matches))
						.isNotEmpty();
				}
			}
		}
	}

	@Test
	void listsTheMostFrequentFirstAndAtMostSoMany() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (String tags : List.of("b", "b", "a", "a", "c", "d,b")) {
				Document document = new Document();
				document.add(new SortedSetDocValuesFacetField(SearchFields.TYPE, "article"));
				for (String tag : tags.split(",")) {
					document.add(new SortedSetDocValuesFacetField(SearchFields.TAG, tag));
				}
				writer.addDocument(SearchIndex.facetsConfig().build(document));
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				FacetsCollector matches = new IndexSearcher(reader).search(new MatchAllDocsQuery(),
						new FacetsCollectorManager());
				Map<String, List<SearchResults.FacetCount>> counts = FacetCounter.of(reader).count(matches, 2);
				assertThat(counts.get(SearchFields.TAG)).containsExactly(new SearchResults.FacetCount("b", 3),
						new SearchResults.FacetCount("a", 2));
				assertThat(counts.get(SearchFields.TYPE)).containsExactly(new SearchResults.FacetCount("article", 6));
				assertThat(counts.get(SearchFields.SECTION)).isEmpty();
			}
		}
	}

	private static Document document(Random random, int n) {
		Document document = new Document();
		document.add(new StringField("mod", Integer.toString(n % 10), Field.Store.NO));
		if (random.nextInt(500) == 0) {
			document.add(new StringField("rare", "yes", Field.Store.NO));
		}
		String type = TYPES[(random.nextInt(10) < 8) ? 0 : 1 + random.nextInt(2)];
		document.add(new StringField(SearchFields.TYPE, type, Field.Store.NO));
		document.add(new SortedSetDocValuesFacetField(SearchFields.TYPE, type));
		if (type.equals("article")) {
			document.add(new SortedSetDocValuesFacetField(SearchFields.SECTION, "Sektion " + random.nextInt(8)));
		}
		else if (type.equals("event")) {
			document.add(new SortedSetDocValuesFacetField(SearchFields.TRACK, "Spor " + random.nextInt(3)));
		}
		// Tags from very common to very rare (one in thousands).
		Set<String> tags = new TreeSet<>();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			tags.add("tag-" + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 2_000));
		}
		tags.forEach((tag) -> document.add(new SortedSetDocValuesFacetField(SearchFields.TAG, tag)));
		return document;
	}

	private static Map<String, List<SearchResults.FacetCount>> lucene(SortedSetDocValuesReaderState state,
			FacetsCollector matches) throws IOException {
		SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, matches);
		Map<String, List<SearchResults.FacetCount>> counts = new LinkedHashMap<>();
		for (String dimension : SearchFields.FACETS) {
			List<SearchResults.FacetCount> values = new ArrayList<>();
			if (state.getOrdRange(dimension) != null) {
				FacetResult result = facets.getTopChildren(1_000, dimension);
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

}
