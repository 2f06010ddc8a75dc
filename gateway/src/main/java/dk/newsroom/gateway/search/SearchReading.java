package dk.newsroom.gateway.search;

import dk.newsroom.gateway.feed.ingest.FeedCatchUp;
import dk.newsroom.gateway.feed.ingest.FeedTopics;
import dk.newsroom.gateway.search.index.SearchIndex;

import org.springframework.context.SmartLifecycle;

/**
 * The search index's own reader of the content topics (consumer
 * {@code newsroom-gateway-search}, thread {@code search-reader}): it goes at the index's
 * pace, so the feed never waits for the search, and reports how far it is.
 */
final class SearchReading implements SmartLifecycle {

	static final String NAME = "search";

	private final FeedCatchUp catchUp = new FeedCatchUp();

	private final SmartLifecycle reader;

	SearchReading(FeedTopics topics, SearchIndex index) {
		this.reader = topics.reader(NAME, index, this.catchUp);
	}

	FeedCatchUp.Status status() {
		return this.catchUp.status();
	}

	@Override
	public void start() {
		this.reader.start();
	}

	@Override
	public void stop() {
		this.reader.stop();
	}

	@Override
	public boolean isRunning() {
		return this.reader.isRunning();
	}

}
