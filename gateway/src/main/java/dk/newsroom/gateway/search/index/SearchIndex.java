package dk.newsroom.gateway.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

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
import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
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
 * from the same decoded records as the feed projection by a reader of its own (it is a
 * {@link FeedChangeSink}), with the same version rule: per resource the highest version
 * seen wins, older or equal ones are ignored, a deletion or unpublishing takes the
 * document out. Scheduled items are indexed and hidden at query time by the feed's
 * visibility rule. Unlike the projection it keeps every item, however old.
 * <p>
 * On disk in a directory of its own, where each commit stores how far the topics were
 * read and a restart continues from there; in a temporary directory (the default: off the
 * heap, deleted at shutdown) or in memory (on the heap), built from the beginning of the
 * topics on every start. A directory is rebuilt from the beginning when it is empty, was
 * written with another {@linkplain DanishAnalysis#fingerprint() analysis} or document
 * format, or was last committed longer ago than the topics keep tombstones (a deletion
 * compacted away meanwhile would never be seen).
 * <p>
 * The version rule is applied by the search's reader thread, the indexing by a lane per
 * core (a resource's changes always in the same lane, in order); searchers see the
 * changes after the next {@link #refresh()}, which the maintenance thread runs every
 * refresh interval. Searching is thread-safe.
 */
public final class SearchIndex implements FeedChangeSink, Closeable {

	/** The version of the document layout: raise it with every change to the fields. */
	static final int DOCUMENT_FORMAT = 2;

	static final String SKIPPED = "newsroom.search.changes.skipped";

	/** The most threads that index at once. */
	static final int MAX_LANES = 4;

	/**
	 * The most changes handed to the lanes and not yet indexed: the reader runs ahead of
	 * the indexing by at most this many (their records held meanwhile), then waits.
	 */
	static final int MAX_PENDING = 2_000;

	/**
	 * The index writer's buffer before it writes a segment: fewer, larger segments at a
	 * start.
	 */
	static final double RAM_BUFFER_MB = 32;

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Directory directory;

	private final @Nullable Path path;

	/** A temporary directory to delete at close, or {@code null}. */
	private final @Nullable Path temporary;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final SearchDocuments documents;

	private final FeedItemSerializer serializer;

	private final DanishAnalysis analysis;

	private final Clock clock;

	/**
	 * Per resource, the highest version seen (on disk: starting with the versions
	 * indexed). Reader thread only.
	 */
	private final Map<ResourceRef, Long> versions;

	/** Where the reader starts: the positions of the commit continued from. */
	private final Map<TopicPartition, Long> startOffsets;

	/** The positions of the changes applied so far, stored with the next commit. */
	private volatile Map<TopicPartition, Long> positions;

	private final Counter skipped;

	/** Single threads that index the changes: a resource's always in the same one. */
	private final ExecutorService[] lanes;

	private final Counter indexed;

	/** Changes the reader may still hand over before it waits for the lanes. */
	private final Semaphore pending = new Semaphore(MAX_PENDING);

	/** The number of the last {@link #polled} batch (reader thread only). */
	private long batches;

	/** The number of the last batch whose positions {@link #positions} holds. */
	private long positionsBatch;

	private final Object positionsLock = new Object();

	private final boolean rebuilt;

	private volatile boolean caughtUp;

	private SearchIndex(Directory directory, @Nullable Path path, @Nullable Path temporary, DanishAnalysis analysis,
			JsonMapper jsonMapper, MeterRegistry meterRegistry, Clock clock, Duration maxResumeAge) throws IOException {
		this.directory = directory;
		this.path = path;
		this.temporary = temporary;
		this.analysis = analysis;
		this.clock = clock;
		this.documents = new SearchDocuments(jsonMapper);
		this.serializer = jsonMapper::writeValueAsBytes;
		Map<String, String> stored = IndexCommitData.stored(directory);
		String why = IndexCommitData.staleness(stored, format(analysis), clock.millis(), maxResumeAge);
		this.rebuilt = why != null;
		IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
			.setOpenMode(this.rebuilt ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
			.setRAMBufferSizeMB(RAM_BUFFER_MB)
			.setUseCompoundFile(false);
		this.writer = new IndexWriter(directory, config);
		this.startOffsets = this.rebuilt ? Map.of()
				: IndexCommitData.readPositions(stored.get(IndexCommitData.POSITIONS_KEY));
		this.positions = this.startOffsets;
		this.versions = this.rebuilt ? new HashMap<>() : indexedVersions(this.writer);
		this.searchers = new SearcherManager(this.writer, null);
		this.lanes = new ExecutorService[Math.max(1, Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()))];
		for (int i = 0; i < this.lanes.length; i++) {
			String name = "search-index-" + i;
			this.lanes[i] = Executors.newSingleThreadExecutor((task) -> {
				Thread thread = new Thread(task, name);
				thread.setDaemon(true);
				return thread;
			});
		}
		this.skipped = Counter.builder(SKIPPED)
			.description("Changes the search index skipped because indexing them failed")
			.register(meterRegistry);
		this.indexed = Counter.builder("newsroom.search.documents.indexed")
			.description("Documents the search index wrote (new or changed items)")
			.register(meterRegistry);
		if (path != null) {
			log.info("Search index in {}: {}", path,
					this.rebuilt ? "building from the beginning of the topics (" + why + ")"
							: "continuing from its last commit (" + this.versions.size() + " documents)");
		}
	}

	/**
	 * An index held in memory, on the heap (about as many bytes as on disk: see
	 * docs/search.md), built from the topics on every start.
	 */
	public static SearchIndex inMemory(DanishAnalysis analysis, JsonMapper jsonMapper, MeterRegistry meterRegistry,
			Clock clock) {
		try {
			return new SearchIndex(new ByteBuffersDirectory(), null, null, analysis, jsonMapper, meterRegistry, clock,
					Duration.ZERO);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An index in a new temporary directory (off the heap, in the operating system's page
	 * cache while used), built from the topics on every start and deleted at close.
	 */
	public static SearchIndex temporary(DanishAnalysis analysis, JsonMapper jsonMapper, MeterRegistry meterRegistry,
			Clock clock) {
		try {
			Path directory = Files.createTempDirectory("newsroom-search-");
			return new SearchIndex(FSDirectory.open(directory), null, directory, analysis, jsonMapper, meterRegistry,
					clock, Duration.ZERO);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary directory for the search index", ex);
		}
	}

	/**
	 * An index on disk in this directory (created if missing), which only this process
	 * may use.
	 * @param maxResumeAge a commit older than this is not continued from: the topics'
	 * {@code delete.retention.ms}
	 */
	public static SearchIndex onDisk(Path path, DanishAnalysis analysis, JsonMapper jsonMapper,
			MeterRegistry meterRegistry, Clock clock, Duration maxResumeAge) {
		try {
			return new SearchIndex(FSDirectory.open(path), path, null, analysis, jsonMapper, meterRegistry, clock,
					maxResumeAge);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index in " + path, ex);
		}
	}

	/**
	 * Applies the version rule here, on the reader's thread, and hands the indexing to
	 * the resource's lane: the changes of one resource are indexed in order, those of
	 * others in parallel (one lane a core, at most {@value #MAX_LANES}).
	 */
	@Override
	public void accept(FeedChange change) {
		ResourceRef ref = change.ref();
		Long current = this.versions.get(ref);
		if (current != null && current >= change.version()) {
			return;
		}
		this.versions.put(ref, change.version());
		this.pending.acquireUninterruptibly();
		this.lanes[Math.floorMod(ref.hashCode(), this.lanes.length)].execute(() -> {
			try {
				apply(change);
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Search index: skipping version {} of {}: {}", change.version(), ref, ex.toString());
				this.skipped.increment();
			}
			finally {
				this.pending.release();
			}
		});
	}

	/**
	 * Waits until every change handed over so far is in the index writer (not yet
	 * searchable: that takes a {@link #refresh()}).
	 */
	public void awaitApplied() {
		List<Future<?>> marks = new ArrayList<>(this.lanes.length);
		for (ExecutorService lane : this.lanes) {
			marks.add(lane.submit(() -> {
			}));
		}
		try {
			for (Future<?> mark : marks) {
				mark.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void apply(FeedChange change) throws IOException {
		ResourceRef ref = change.ref();
		FeedItem item = change.item();
		if (item == null) {
			this.writer.deleteDocuments(SearchDocuments.refTerm(ref.type(), ref.id()));
			return;
		}
		FeedEntry entry = new FeedEntry(FeedKey.of(item), item, this.serializer, change.source());
		this.writer.updateDocument(SearchDocuments.refTerm(ref.type(), ref.id()), this.documents.document(entry));
		this.indexed.increment();
	}

	@Override
	public Map<TopicPartition, Long> startOffsets(Set<TopicPartition> partitions) {
		return this.startOffsets;
	}

	/**
	 * The positions a batch of changes goes to, for the next commit once every lane has
	 * indexed its part of the batch. The reader goes on meanwhile: a lane does its
	 * changes in order, so a mark after a batch's changes in every lane is passed only
	 * when they are all in the writer.
	 */
	@Override
	public void polled(Map<TopicPartition, Long> read) {
		Map<TopicPartition, Long> reached = Map.copyOf(read);
		long batch = ++this.batches;
		AtomicInteger lanesLeft = new AtomicInteger(this.lanes.length);
		for (ExecutorService lane : this.lanes) {
			lane.execute(() -> {
				if (lanesLeft.decrementAndGet() == 0) {
					positionsReached(batch, reached);
				}
			});
		}
	}

	private void positionsReached(long batch, Map<TopicPartition, Long> reached) {
		synchronized (this.positionsLock) {
			if (batch > this.positionsBatch) {
				this.positionsBatch = batch;
				this.positions = reached;
			}
		}
	}

	/**
	 * Once every change that existed at start was applied: commits (on disk) and opens a
	 * searcher on the whole index.
	 */
	@Override
	public void caughtUp() {
		awaitApplied();
		try {
			commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			log.warn("Search index: finishing the start failed: {}", ex.toString());
		}
		this.caughtUp = true;
		log.info("Search index caught up: {} documents", documents());
	}

	/** Whether every change that existed when the gateway started is searchable. */
	public boolean isCaughtUp() {
		return this.caughtUp;
	}

	/** Whether the index was built from nothing at this start (empty or stale). */
	public boolean wasRebuilt() {
		return this.rebuilt;
	}

	/** The directory the index is kept in across restarts, or {@code null}. */
	public @Nullable Path path() {
		return this.path;
	}

	/**
	 * Where the index lives: {@code disk} (kept across restarts), {@code temporary} or
	 * {@code memory}.
	 */
	public String storage() {
		return (this.path != null) ? "disk" : (this.temporary != null) ? "temporary" : "memory";
	}

	/** The settings of the facet dimensions, for counting them. */
	public static FacetsConfig facetsConfig() {
		return SearchDocuments.FACETS;
	}

	/** The analysis the index was written with. */
	public DanishAnalysis analysis() {
		return this.analysis;
	}

	/**
	 * The number of documents, visible or scheduled, including those not refreshed yet.
	 */
	public int documents() {
		return this.writer.getDocStats().numDocs;
	}

	/** Makes the changes applied so far searchable (cheap when there are none). */
	public void refresh() throws IOException {
		this.searchers.maybeRefresh();
	}

	/**
	 * Writes the changes applied so far to disk with the positions they reach, if the
	 * index is on disk. The positions are set after the changes they cover were applied,
	 * so a commit never claims more than it holds.
	 */
	public synchronized void commit() throws IOException {
		if (this.path == null) {
			return;
		}
		this.writer.setLiveCommitData(
				IndexCommitData.of(format(this.analysis), this.clock.millis(), this.positions).entrySet());
		this.writer.commit();
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
		awaitApplied();
		for (ExecutorService lane : this.lanes) {
			lane.shutdown();
		}
		try (this.directory; this.writer; this.searchers) {
			commit();
		}
		finally {
			if (this.temporary != null) {
				deleteTemporary(this.temporary);
			}
		}
	}

	private static void deleteTemporary(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			log.warn("Could not delete the search index's temporary directory {}: {}", directory, ex.toString());
		}
	}

	private static String format(DanishAnalysis analysis) {
		return analysis.fingerprint() + "/documents-" + DOCUMENT_FORMAT;
	}

	/** The resources indexed and their versions, as the directory holds them. */
	private static Map<ResourceRef, Long> indexedVersions(IndexWriter writer) throws IOException {
		Map<ResourceRef, Long> versions = new HashMap<>();
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
						ResourceRef ref = SearchDocuments.resource(refs.lookupOrd(refs.ordValue()).utf8ToString());
						if (ref != null) {
							versions.put(ref, numbers.longValue());
						}
					}
				}
			}
		}
		return versions;
	}

}
