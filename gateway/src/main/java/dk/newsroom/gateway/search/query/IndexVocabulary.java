package dk.newsroom.gateway.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.search.index.SearchFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * What the index a query is built for holds: the searched fields some document has (a
 * blended term needs each field's statistics) and whether a term is in any of them (only
 * a word the index does not know is taken for a typo).
 *
 * @param fields the searched fields with documents, strongest first
 * @param reader the index's reader
 */
record IndexVocabulary(List<SearchFields.Weighted> fields, IndexReader reader) {

	static IndexVocabulary of(IndexSearcher searcher) throws IOException {
		List<SearchFields.Weighted> present = new ArrayList<>(SearchFields.SEARCHED.size());
		for (SearchFields.Weighted field : SearchFields.SEARCHED) {
			if (searcher.collectionStatistics(field.field()) != null) {
				present.add(field);
			}
		}
		return new IndexVocabulary(List.copyOf(present), searcher.getIndexReader());
	}

	/**
	 * The terms of the searched fields within so many edits (a letter wrong, missing,
	 * extra, or two swapped; the first letter right) of this one, the most frequent
	 * first: what a typo may have meant. One automaton for all fields.
	 * @param term a term the index does not have
	 * @param edits 1 or 2
	 * @param limit at most this many
	 */
	List<String> corrections(String term, int edits, int limit) {
		CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(term, edits, 1, true);
		Map<String, Integer> found = new HashMap<>();
		try {
			for (LeafReaderContext leaf : this.reader.leaves()) {
				for (SearchFields.Weighted field : this.fields) {
					Terms terms = leaf.reader().terms(field.field());
					if (terms == null) {
						continue;
					}
					TermsEnum matching = automaton.getTermsEnum(terms);
					for (BytesRef match = matching.next(); match != null; match = matching.next()) {
						found.merge(match.utf8ToString(), matching.docFreq(), Integer::sum);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		found.remove(term);
		return found.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Whether some document has this term in a searched field. */
	boolean has(String term) {
		try {
			for (SearchFields.Weighted field : this.fields) {
				if (this.reader.docFreq(new Term(field.field(), term)) > 0) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
