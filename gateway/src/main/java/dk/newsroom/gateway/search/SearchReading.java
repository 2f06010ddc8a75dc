package dk.newsroom.gateway.search;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dk.newsroom.gateway.feed.ingest.FeedCatchUp;
import dk.newsroom.gateway.feed.ingest.FeedTopics;
import dk.newsroom.gateway.search.index.SearchIndex;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * The search index's own reader of the content topics (consumer
 * {@code newsroom-gateway-search}, thread {@code search-reader}): it goes at the index's
 * pace, so the feed never waits for the search, and reports how far it is. It starts once
 * the feed has caught up, so a starting gateway spends its CPU on the feed first and is
 * ready as soon as it would be without search.
 */
final class SearchReading implements SmartLifecycle {

	static final String NAME = "search";

	private static final Duration CHECK = Duration.ofMillis(50);

	private final FeedCatchUp catchUp = new FeedCatchUp();

	private final FeedCatchUp feed;

	private final SmartLifecycle reader;

	private @Nullable Thread waiting;

	private CountDownLatch stopped = new CountDownLatch(1);

	SearchReading(FeedTopics topics, SearchIndex index, FeedCatchUp feed) {
		this.reader = topics.reader(NAME, index, this.catchUp);
		this.feed = feed;
	}

	FeedCatchUp.Status status() {
		return this.catchUp.status();
	}

	@Override
	public synchronized void start() {
		if (this.waiting != null) {
			return;
		}
		CountDownLatch stop = new CountDownLatch(1);
		this.stopped = stop;
		Thread thread = new Thread(() -> startAfterTheFeed(stop), "search-start");
		thread.setDaemon(true);
		thread.start();
		this.waiting = thread;
	}

	private void startAfterTheFeed(CountDownLatch stop) {
		try {
			while (!this.feed.isCaughtUp()) {
				if (stop.await(CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
					return;
				}
			}
			synchronized (this) {
				if (stop.getCount() > 0) {
					this.reader.start();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void stop() {
		this.stopped.countDown();
		this.waiting = null;
		this.reader.stop();
	}

	@Override
	public synchronized boolean isRunning() {
		return this.waiting != null;
	}

}
