package dk.newsroom.gateway.search;

import dk.newsroom.gateway.search.index.SearchIndex;
import dk.newsroom.gateway.search.query.SearchRequest;
import dk.newsroom.gateway.search.query.SearchResults;
import dk.newsroom.gateway.search.query.Searcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Searches off the event loop: Lucene reads its files, so a search runs on a scheduler
 * for blocking work, and its time is recorded in {@value #QUERIES}.
 */
public final class SearchService {

	static final String QUERIES = "newsroom.search.queries";

	private final SearchIndex index;

	private final Searcher searcher;

	private final Scheduler scheduler;

	private final Timer timer;

	public SearchService(SearchIndex index, Searcher searcher, Scheduler scheduler, MeterRegistry meterRegistry) {
		this.index = index;
		this.searcher = searcher;
		this.scheduler = scheduler;
		this.timer = Timer.builder(QUERIES)
			.description("Searches, from the query to the page of results")
			.publishPercentileHistogram()
			.register(meterRegistry);
	}

	/** Whether every change that existed at start is searchable. */
	public boolean isReady() {
		return this.index.isCaughtUp();
	}

	public Mono<SearchResults> search(SearchRequest request) {
		return Mono.fromCallable(() -> this.timer.recordCallable(() -> this.searcher.search(request)))
			.subscribeOn(this.scheduler);
	}

}
