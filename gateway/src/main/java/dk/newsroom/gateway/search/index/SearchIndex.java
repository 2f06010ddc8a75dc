package dk.newsroom.gateway.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedChangeSink;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItemSerializer;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.search.analysis.DanishAnalysis;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search index: a Lucene index of every published item of the content topics, built
 * from the same decoded changes as the feed projection (it is a {@link FeedChangeSink}),
 * with the same version rule: per resource the highest version seen wins, older or equal
 * ones are ignored, a deletion or unpublishing takes the document out. Scheduled items
 * are indexed and hidden at query time by the feed's visibility rule. Unlike the
 * projection it keeps every item, however old.
 * <p>
 * In memory, or on disk in a directory of its own. A directory written with the same
 * {@linkplain DanishAnalysis#fingerprint() analysis} is kept: the gateway reads the
 * topics from the beginning anyway, and an item whose version is already indexed is not
 * indexed again; once caught up, documents of resources the topics no longer carry are
 * removed. A directory written otherwise (stale) or empty is built from the topics.
 * <p>
 * Changes are applied by the feed reader's thread; searchers see them after the next
 * refresh ({@link #refresh()}, run every refresh interval by
 * {@link SearchIndexMaintenance}). Searching is thread-safe.
 */
public final class SearchIndex implements FeedChangeSink, Closeable {

	/** The commit data key of the analysis fingerprint and document format. */
	static final String FORMAT_KEY = "newsroom.search.format";

	/** The version of the document layout: raise it with every change to the fields. */
	static final int DOCUMENT_FORMAT = 1;

	static final String SKIPPED = "newsroom.search.changes.skipped";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Directory directory;

	private final @Nullable Path path;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final SearchDocuments documents;

	private final FeedItemSerializer serializer;

	private final DanishAnalysis analysis;

	/** Per resource, the highest version seen. Reader thread only. */
	private final Map<ResourceRef, Long> versions = new HashMap<>();

	/**
	 * The documents found on disk at start ({@code type:id} → version) that the topics
	 * have not (yet) shown again; {@code null} once caught up. Reader thread only.
	 */
	private @Nullable Map<String, Long> unconfirmed;

	private final Counter skipped;

	private final Counter indexed;

	private volatile boolean caughtUp;

	private final boolean rebuilt;

	private SearchIndex(Directory directory, @Nullable Path path, DanishAnalysis analysis, JsonMapper jsonMapper,
			MeterRegistry meterRegistry) throws IOException {
		this.directory = directory;
		this.path = path;
		this.analysis = analysis;
		this.documents = new SearchDocuments(jsonMapper);
		this.serializer = jsonMapper::writeValueAsBytes;
		String format = format(analysis);
		this.rebuilt = !format.equals(storedFormat(directory));
		IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
			.setOpenMode(this.rebuilt ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setRAMBufferSizeMB(32);
		this.writer = new IndexWriter(directory, config);
		this.writer.setLiveCommitData(Map.of(FORMAT_KEY, format).entrySet());
		this.unconfirmed = this.rebuilt ? new HashMap<>() : indexedVersions(this.writer);
		this.searchers = new SearcherManager(this.writer, null);
		this.skipped = Counter.builder(SKIPPED)
			.description("Changes the search index skipped because indexing them failed")
			.register(meterRegistry);
		this.indexed = Counter.builder("newsroom.search.documents.indexed")
			.description("Documents the search index wrote (new or changed items)")
			.register(meterRegistry);
		if (path != null) {
			log.info("Search index in {}: {}", path, this.rebuilt ? "building from the topics"
					: "kept (" + this.unconfirmed.size() + " documents), checking against the topics");
		}
	}

	/** An index held in memory, built from the topics on every start. */
	public static SearchIndex inMemory(DanishAnalysis analysis, JsonMapper jsonMapper, MeterRegistry meterRegistry) {
		try {
			return new SearchIndex(new ByteBuffersDirectory(), null, analysis, jsonMapper, meterRegistry);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An index on disk in this directory (created if missing), which only this process
	 * may use.
	 */
	public static SearchIndex onDisk(Path path, DanishAnalysis analysis, JsonMapper jsonMapper,
			MeterRegistry meterRegistry) {
		try {
			return new SearchIndex(FSDirectory.open(path), path, analysis, jsonMapper, meterRegistry);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index in " + path, ex);
		}
	}

	@Override
	public void accept(FeedChange change) {
		try {
			apply(change);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search index: skipping version {} of {}: {}", change.version(), change.ref(), ex.toString());
			this.skipped.increment();
		}
	}

	private void apply(FeedChange change) throws IOException {
		ResourceRef ref = change.ref();
		Long current = this.versions.get(ref);
		if (current != null && current >= change.version()) {
			return;
		}
		this.versions.put(ref, change.version());
		String key = SearchDocuments.ref(ref.type(), ref.id());
		Long onDisk = (this.unconfirmed != null) ? this.unconfirmed.remove(key) : null;
		FeedItem item = change.item();
		if (item == null) {
			this.writer.deleteDocuments(SearchDocuments.refTerm(ref.type(), ref.id()));
			return;
		}
		if (onDisk != null && onDisk == item.version()) {
			// Indexed at this version before the restart.
			return;
		}
		FeedEntry entry = new FeedEntry(FeedKey.of(item), item, this.serializer, change.source());
		this.writer.updateDocument(SearchDocuments.refTerm(ref.type(), ref.id()), this.documents.document(entry));
		this.indexed.increment();
	}

	/**
	 * Once every change that existed at start was applied: removes what the index held of
	 * resources the topics no longer carry, commits (on disk) and opens a searcher on the
	 * whole index.
	 */
	@Override
	public void caughtUp() {
		try {
			Map<String, Long> gone = this.unconfirmed;
			this.unconfirmed = null;
			if (gone != null && !gone.isEmpty()) {
				log.info("Search index: removing {} documents the topics no longer carry", gone.size());
				for (String key : gone.keySet()) {
					this.writer.deleteDocuments(new Term(SearchFields.REF, key));
				}
			}
			if (this.path != null) {
				this.writer.commit();
			}
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			log.warn("Search index: finishing the start failed: {}", ex.toString());
		}
		this.caughtUp = true;
		log.info("Search index caught up: {} documents", this.writer.getDocStats().numDocs);
	}

	/** Whether every change that existed when the gateway started is searchable. */
	public boolean isCaughtUp() {
		return this.caughtUp;
	}

	/** Whether the index was built from nothing at this start (empty or stale). */
	public boolean wasRebuilt() {
		return this.rebuilt;
	}

	/** Where the index lives, or {@code null} in memory. */
	public @Nullable Path path() {
		return this.path;
	}

	/** The settings of the facet dimensions, for counting them. */
	public static FacetsConfig facetsConfig() {
		return SearchDocuments.FACETS;
	}

	/** The analysis the index was written with. */
	public DanishAnalysis analysis() {
		return this.analysis;
	}

	/** The number of documents, searchable or scheduled, as of the latest refresh. */
	public int documents() {
		return this.writer.getDocStats().numDocs;
	}

	/** Makes the changes applied so far searchable (cheap when there are none). */
	public void refresh() throws IOException {
		this.searchers.maybeRefresh();
	}

	/** Writes the changes applied so far to disk, if the index is on disk. */
	public void commit() throws IOException {
		if (this.path != null && this.writer.hasUncommittedChanges()) {
			this.writer.commit();
		}
	}

	/** The bytes the index takes in its directory. */
	public long sizeInBytes() throws IOException {
		long size = 0;
		for (String file : this.directory.listAll()) {
			try {
				size += this.directory.fileLength(file);
			}
			catch (IOException ex) {
				// deleted meanwhile by a merge
			}
		}
		return size;
	}

	/** A searcher on the latest refresh; give it back with {@link #release}. */
	public IndexSearcher acquire() throws IOException {
		return this.searchers.acquire();
	}

	public void release(IndexSearcher searcher) throws IOException {
		this.searchers.release(searcher);
	}

	@Override
	public void close() throws IOException {
		try (this.directory; this.writer; this.searchers) {
			if (this.path != null) {
				this.writer.commit();
			}
		}
	}

	private static String format(DanishAnalysis analysis) {
		return analysis.fingerprint() + "/documents-" + DOCUMENT_FORMAT;
	}

	private static @Nullable String storedFormat(Directory directory) throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			return null;
		}
		return SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY);
	}

	/** The resources indexed and their versions, as the directory holds them. */
	private static Map<String, Long> indexedVersions(IndexWriter writer) throws IOException {
		Map<String, Long> versions = new HashMap<>();
		try (DirectoryReader reader = DirectoryReader.open(writer)) {
			for (LeafReaderContext leaf : reader.leaves()) {
				SortedDocValues refs = leaf.reader().getSortedDocValues(SearchFields.REF);
				NumericDocValues numbers = leaf.reader().getNumericDocValues(SearchFields.VERSION);
				Bits live = leaf.reader().getLiveDocs();
				if (refs == null || numbers == null) {
					continue;
				}
				for (int doc = refs.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = refs.nextDoc()) {
					if ((live == null || live.get(doc)) && numbers.advanceExact(doc)) {
						versions.put(refs.lookupOrd(refs.ordValue()).utf8ToString(), numbers.longValue());
					}
				}
			}
		}
		return versions;
	}

}
