package dk.newsroom.gateway.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dk.newsroom.gateway.search.index.SearchIndex;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps the index live on a thread of its own: every refresh interval it makes the
 * changes applied since searchable (so a published item is found well within a second),
 * every commit interval it commits an index on disk.
 */
final class SearchIndexMaintenance implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);

	private final SearchIndex index;

	private final Duration refreshInterval;

	private final Duration commitInterval;

	private @Nullable ScheduledExecutorService executor;

	SearchIndexMaintenance(SearchIndex index, Duration refreshInterval, Duration commitInterval) {
		this.index = index;
		this.refreshInterval = refreshInterval;
		this.commitInterval = commitInterval;
	}

	@Override
	public synchronized void start() {
		if (this.executor != null) {
			return;
		}
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "search-refresh");
			thread.setDaemon(true);
			return thread;
		});
		started.scheduleWithFixedDelay(this::refresh, this.refreshInterval.toMillis(), this.refreshInterval.toMillis(),
				TimeUnit.MILLISECONDS);
		if (this.index.path() != null) {
			started.scheduleWithFixedDelay(this::commit, this.commitInterval.toMillis(), this.commitInterval.toMillis(),
					TimeUnit.MILLISECONDS);
		}
		this.executor = started;
	}

	@Override
	public synchronized void stop() {
		ScheduledExecutorService running = this.executor;
		if (running == null) {
			return;
		}
		running.shutdown();
		try {
			running.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	private void refresh() {
		if (!this.index.isCaughtUp()) {
			// Nothing is searched before (the API answers 503), and a refresh every
			// interval would cut the start's indexing into many small segments to merge.
			return;
		}
		try {
			this.index.refresh();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Refreshing the search index failed: {}", ex.toString());
		}
	}

	private void commit() {
		try {
			this.index.commit();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Committing the search index failed: {}", ex.toString());
		}
	}

}
