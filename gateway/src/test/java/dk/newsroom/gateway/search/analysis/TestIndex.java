package dk.newsroom.gateway.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A tiny in-memory index of texts, each under its id, in one or more text fields.
 */
final class TestIndex implements AutoCloseable {

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	/**
	 * Indexes each text under its id in the given fields, each field with its analyzer.
	 */
	TestIndex(Map<String, String> textsById, Map<String, Analyzer> analyzersByField) {
		Analyzer analyzer = new PerFieldAnalyzerWrapper(analyzersByField.values().iterator().next(), analyzersByField);
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(analyzer))) {
			for (Map.Entry<String, String> text : textsById.entrySet()) {
				Document document = new Document();
				document.add(new StringField("id", text.getKey(), Field.Store.YES));
				for (String field : analyzersByField.keySet()) {
					document.add(new TextField(field, text.getValue(), Field.Store.NO));
				}
				writer.addDocument(document);
			}
			writer.commit();
			this.reader = DirectoryReader.open(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.searcher = new IndexSearcher(this.reader);
	}

	/** The ids of the texts the query matches. */
	Set<String> search(Query query) {
		try {
			Set<String> ids = new TreeSet<>();
			for (ScoreDoc hit : this.searcher.search(query, 1000).scoreDocs) {
				ids.add(this.searcher.storedFields().document(hit.doc).get("id"));
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every word of the query must match: the terms the analyzer gives at one position
	 * are alternatives (a word and its compound parts), each made a query by the
	 * function.
	 */
	static Query allWords(Analyzer analyzer, String text, Function<String, Query> termQuery) {
		List<List<String>> positions = Tokens.positions(analyzer, text);
		if (positions.isEmpty()) {
			return new MatchNoDocsQuery("no terms in \"" + text + "\"");
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (List<String> alternatives : positions) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			alternatives.forEach((term) -> any.add(termQuery.apply(term), Occur.SHOULD));
			all.add(any.build(), Occur.MUST);
		}
		return all.build();
	}

	/** {@link #allWords} with a term query per term on one field. */
	static Query allWords(Analyzer analyzer, String field, String text) {
		return allWords(analyzer, text, (term) -> new TermQuery(new Term(field, term)));
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

}
