package dk.newsroom.bench.perf;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import dk.newsroom.bench.Latency;
import dk.newsroom.bench.StatusCounts;
import org.HdrHistogram.ConcurrentHistogram;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The baseline of the write measure: the MongoDB driver's {@code insertOne} of the same
 * document the service stored for an article, into the same store (a collection of its
 * own, {@value #COLLECTION}, in the articles database, with the same indexes as the
 * articles collection), from as many threads as the write measure has connections. What a
 * write costs when nothing but the store is paid for.
 */
final class RawInserts implements AutoCloseable {

	static final String COLLECTION = "bench_raw_inserts";

	private final MongoClient client;

	private final Document sample;

	/**
	 * @param uri the articles database, e.g. {@code mongodb://localhost:27017/articles}
	 * @param articleId an article the service stored: its document is the one inserted
	 */
	RawInserts(String uri, String articleId) {
		this.client = MongoClients.create(uri);
		Document stored = articles().find(Filters.eq("_id", articleId)).first();
		if (stored == null) {
			throw new IllegalStateException("article " + articleId + " is not in " + uri);
		}
		this.sample = stored;
	}

	LoadResult run(int threads, Duration warmUp, Duration duration) {
		MongoCollection<Document> target = database().getCollection(COLLECTION);
		target.drop();
		for (Document index : articles().listIndexes()) {
			if (!"_id_".equals(index.getString("name"))) {
				IndexOptions options = new IndexOptions().name(index.getString("name"))
					.unique(Boolean.TRUE.equals(index.getBoolean("unique")))
					.sparse(Boolean.TRUE.equals(index.getBoolean("sparse")));
				Document filter = index.get("partialFilterExpression", Document.class);
				if (filter != null) {
					options.partialFilterExpression(filter);
				}
				target.createIndex(index.get("key", Document.class), options);
			}
		}
		insertFor(threads, warmUp, target, null, null);
		StatusCounts statuses = new StatusCounts();
		ConcurrentHistogram micros = new ConcurrentHistogram(3);
		long start = System.nanoTime();
		long inserted = insertFor(threads, duration, target, statuses, micros);
		double seconds = (System.nanoTime() - start) / 1e9;
		target.drop();
		var counts = statuses.snapshot();
		return new LoadResult(threads, seconds, StatusCounts.total(counts), inserted,
				StatusCounts.total(counts) / seconds, inserted / seconds, Latency.of(micros), counts, Map.of());
	}

	private long insertFor(int threads, Duration duration, MongoCollection<Document> target, StatusCounts statuses,
			ConcurrentHistogram micros) {
		long deadline = System.nanoTime() + duration.toNanos();
		AtomicLong inserted = new AtomicLong();
		AtomicLong numbers = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int i = 0; i < threads; i++) {
				pool.execute(() -> {
					while (System.nanoTime() < deadline) {
						Document copy = new Document(this.sample);
						copy.put("_id", new ObjectId().toHexString());
						copy.put("slug", this.sample.getString("slug") + "-" + numbers.incrementAndGet());
						long sent = System.nanoTime();
						try {
							target.insertOne(copy);
							inserted.incrementAndGet();
							if (statuses != null) {
								statuses.status(201);
								micros.recordValue((System.nanoTime() - sent) / 1000);
							}
						}
						catch (RuntimeException ex) {
							if (statuses != null) {
								statuses.error(ex);
							}
						}
					}
				});
			}
		}
		finally {
			pool.shutdown();
			try {
				pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return inserted.get();
	}

	private MongoCollection<Document> articles() {
		return database().getCollection("articles");
	}

	private com.mongodb.client.MongoDatabase database() {
		return this.client.getDatabase("articles");
	}

	@Override
	public void close() {
		this.client.close();
	}

}
