package dk.newsroom.gateway.search;

import java.io.IOException;
import java.time.Clock;

import dk.newsroom.gateway.feed.ingest.FeedCatchUp;
import dk.newsroom.gateway.feed.ingest.FeedIngestProperties;
import dk.newsroom.gateway.feed.ingest.FeedTopics;
import dk.newsroom.gateway.search.analysis.DanishAnalysis;
import dk.newsroom.gateway.search.index.SearchIndex;
import dk.newsroom.gateway.search.query.Searcher;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the search: the index and its own reader of the content topics, its maintenance,
 * the searcher, health and metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex(SearchProperties properties, FeedIngestProperties feed, JsonMapper jsonMapper,
			MeterRegistry meterRegistry, Clock clock) {
		DanishAnalysis analysis = DanishAnalysis.load();
		SearchIndex index = (properties.path() != null)
				? SearchIndex.onDisk(properties.path(), analysis, jsonMapper, meterRegistry, clock,
						feed.horizon().forgetRemovedAfter())
				: properties.inMemory() ? SearchIndex.inMemory(analysis, jsonMapper, meterRegistry, clock)
						: SearchIndex.temporary(analysis, jsonMapper, meterRegistry, clock);
		Gauge.builder("newsroom.search.documents", index, SearchIndex::documents)
			.description("Documents in the search index, visible or scheduled")
			.register(meterRegistry);
		Gauge.builder("newsroom.search.index.size", index, SearchConfiguration::sizeOf)
			.description("Bytes the search index takes in its directory (memory or disk)")
			.baseUnit("bytes")
			.register(meterRegistry);
		return index;
	}

	@Bean
	SearchReading searchReading(FeedTopics topics, SearchIndex index, FeedCatchUp feedCatchUp) {
		return new SearchReading(topics, index, feedCatchUp);
	}

	@Bean
	SearchIndexMaintenance searchIndexMaintenance(SearchIndex index, SearchProperties properties) {
		return new SearchIndexMaintenance(index, properties.refreshInterval(), properties.commitInterval());
	}

	@Bean
	SearchService searchService(SearchIndex index, Clock clock, MeterRegistry meterRegistry) {
		return new SearchService(index, new Searcher(index, clock), Schedulers.boundedElastic(), meterRegistry);
	}

	@Bean
	SearchIndexHealthIndicator searchIndexHealthIndicator(SearchIndex index, SearchReading reading) {
		return new SearchIndexHealthIndicator(index, reading);
	}

	private static double sizeOf(SearchIndex index) {
		try {
			return index.sizeInBytes();
		}
		catch (IOException ex) {
			return Double.NaN;
		}
	}

}
