package dk.newsroom.gateway.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dk.newsroom.gateway.search.index.SearchFields;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * Counts the facet values ({@link SearchFields#FACETS}) of a search's matches, for one
 * reader of the index (a refresh makes a new one).
 * <p>
 * The values are read once per reader from the facets' doc values: a value of many
 * documents as a bit set of them, a rare one as the list of its documents. Many matches
 * come as a bit set, so a count is the bits two sets share (64 documents a step) or a
 * look-up of a rare value's few documents: the cost follows the number of values, not of
 * matches, and a word found in every other item costs what a rare one does. Few matches
 * are counted one by one from the doc values, as Lucene's facet counts do.
 */
final class FacetCounter {

	/** A value in at least one in this many of a segment's documents gets a bit set. */
	private static final int DENSE = 256;

	/**
	 * Matches fewer than one in this many of a segment's documents are counted one by
	 * one.
	 */
	private static final int FEW = 64;

	private static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

	private final IndexReader reader;

	/** Per dimension (as in {@link SearchFields#FACETS}), its values' labels, sorted. */
	private final String[][] labels;

	/** Per leaf (by its ord in the reader). */
	private final Leaf[] leaves;

	private FacetCounter(IndexReader reader, String[][] labels, Leaf[] leaves) {
		this.reader = reader;
		this.labels = labels;
		this.leaves = leaves;
	}

	/** Reads the facet values of every document of this reader. */
	static FacetCounter of(IndexReader reader) throws IOException {
		List<String> dimensions = SearchFields.FACETS;
		List<TreeSet<String>> values = new ArrayList<>();
		for (int d = 0; d < dimensions.size(); d++) {
			values.add(new TreeSet<>());
		}
		for (LeafReaderContext leaf : reader.leaves()) {
			SortedSetDocValues docValues = leaf.reader().getSortedSetDocValues(FIELD);
			if (docValues != null) {
				for (long ord = 0; ord < docValues.getValueCount(); ord++) {
					String[] path = FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString());
					int d = dimensions.indexOf(path[0]);
					if (d >= 0 && path.length > 1) {
						values.get(d).add(path[1]);
					}
				}
			}
		}
		String[][] labels = new String[dimensions.size()][];
		for (int d = 0; d < labels.length; d++) {
			labels[d] = values.get(d).toArray(String[]::new);
		}
		Leaf[] leaves = new Leaf[reader.leaves().size()];
		for (LeafReaderContext leaf : reader.leaves()) {
			leaves[leaf.ord] = Leaf.read(leaf.reader(), labels);
		}
		return new FacetCounter(reader, labels, leaves);
	}

	/** Whether this counter was read from that reader. */
	boolean isFor(IndexReader reader) {
		return this.reader == reader;
	}

	/**
	 * The counts of each dimension's values among the matches, the most frequent first
	 * (then by label), at most {@code top} a dimension, values without a match left out.
	 */
	Map<String, List<SearchResults.FacetCount>> count(FacetsCollector matches, int top) throws IOException {
		long[][] counts = new long[this.labels.length][];
		for (int d = 0; d < counts.length; d++) {
			counts[d] = new long[this.labels[d].length];
		}
		for (FacetsCollector.MatchingDocs leafMatches : matches.getMatchingDocs()) {
			Leaf leaf = this.leaves[leafMatches.context.ord];
			if (leafMatches.totalHits == 0 || leaf == null) {
				continue;
			}
			int maxDoc = leafMatches.context.reader().maxDoc();
			if (leafMatches.bits instanceof BitDocIdSet set && set.bits() instanceof FixedBitSet bits
					&& leafMatches.totalHits * (long) FEW >= maxDoc) {
				leaf.countAmong(bits, counts);
			}
			else {
				leaf.countEach(leafMatches.context.reader(), leafMatches.bits.iterator(), counts);
			}
		}
		Map<String, List<SearchResults.FacetCount>> result = new LinkedHashMap<>();
		for (int d = 0; d < counts.length; d++) {
			List<SearchResults.FacetCount> listed = new ArrayList<>();
			for (int i = 0; i < counts[d].length; i++) {
				if (counts[d][i] > 0) {
					listed.add(new SearchResults.FacetCount(this.labels[d][i], counts[d][i]));
				}
			}
			listed.sort(Comparator.comparingLong(SearchResults.FacetCount::count)
				.reversed()
				.thenComparing(SearchResults.FacetCount::value));
			result.put(SearchFields.FACETS.get(d),
					(listed.size() > top) ? List.copyOf(listed.subList(0, top)) : listed);
		}
		return result;
	}

	/**
	 * One leaf's values: per ordinal of its doc values, the dimension and value it is (or
	 * -1), and per dimension and value, its documents.
	 */
	private record Leaf(int[] ordDimension, int[] ordValue, ValueDocs[][] docs) {

		static @Nullable Leaf read(LeafReader reader, String[][] labels) throws IOException {
			SortedSetDocValues docValues = reader.getSortedSetDocValues(FIELD);
			if (docValues == null) {
				return null;
			}
			int ords = Math.toIntExact(docValues.getValueCount());
			int[] ordDimension = new int[ords];
			int[] ordValue = new int[ords];
			for (int ord = 0; ord < ords; ord++) {
				String[] path = FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString());
				int d = SearchFields.FACETS.indexOf(path[0]);
				ordDimension[ord] = (path.length > 1) ? d : -1;
				ordValue[ord] = (d >= 0 && path.length > 1) ? Arrays.binarySearch(labels[d], path[1]) : -1;
			}
			int[] docFreq = new int[ords];
			for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
				for (int i = docValues.docValueCount(); i > 0; i--) {
					docFreq[(int) docValues.nextOrd()]++;
				}
			}
			int maxDoc = reader.maxDoc();
			ValueDocs[] byOrd = new ValueDocs[ords];
			for (int ord = 0; ord < ords; ord++) {
				if (ordDimension[ord] >= 0) {
					byOrd[ord] = (docFreq[ord] * (long) DENSE >= maxDoc) ? new ValueDocs(new FixedBitSet(maxDoc), null)
							: new ValueDocs(null, new int[docFreq[ord]]);
				}
			}
			int[] filled = new int[ords];
			docValues = reader.getSortedSetDocValues(FIELD);
			for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
				for (int i = docValues.docValueCount(); i > 0; i--) {
					int ord = (int) docValues.nextOrd();
					ValueDocs docs = byOrd[ord];
					if (docs != null && docs.bits() != null) {
						docs.bits().set(doc);
					}
					else if (docs != null) {
						docs.docs()[filled[ord]++] = doc;
					}
				}
			}
			ValueDocs[][] docs = new ValueDocs[labels.length][];
			for (int d = 0; d < labels.length; d++) {
				docs[d] = new ValueDocs[labels[d].length];
			}
			for (int ord = 0; ord < ords; ord++) {
				if (byOrd[ord] != null) {
					docs[ordDimension[ord]][ordValue[ord]] = byOrd[ord];
				}
			}
			return new Leaf(ordDimension, ordValue, docs);
		}

		/** Many matches: the bits each value shares with them. */
		void countAmong(FixedBitSet matches, long[][] counts) {
			for (int d = 0; d < this.docs.length; d++) {
				for (int i = 0; i < this.docs[d].length; i++) {
					ValueDocs value = this.docs[d][i];
					if (value != null) {
						counts[d][i] += value.countAmong(matches);
					}
				}
			}
		}

		/** Few matches: each one's values. */
		void countEach(LeafReader reader, @Nullable DocIdSetIterator matches, long[][] counts) throws IOException {
			SortedSetDocValues docValues = reader.getSortedSetDocValues(FIELD);
			if (matches == null || docValues == null) {
				return;
			}
			for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
				if (docValues.advanceExact(doc)) {
					for (int i = docValues.docValueCount(); i > 0; i--) {
						int ord = (int) docValues.nextOrd();
						if (this.ordDimension[ord] >= 0) {
							counts[this.ordDimension[ord]][this.ordValue[ord]]++;
						}
					}
				}
			}
		}

	}

	/** The documents of one value in one leaf: a bit set, or the few in order. */
	private record ValueDocs(@Nullable FixedBitSet bits, int @Nullable [] docs) {

		long countAmong(FixedBitSet matches) {
			if (this.bits != null) {
				return FixedBitSet.intersectionCount(matches, this.bits);
			}
			long n = 0;
			for (int doc : this.docs) {
				if (matches.get(doc)) {
					n++;
				}
			}
			return n;
		}

	}

}
