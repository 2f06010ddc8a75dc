package dk.newsroom.gateway.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.feed.content.ArticleFeedMapper;
import dk.newsroom.gateway.feed.content.EventFeedMapper;
import dk.newsroom.gateway.feed.content.FeedMapper;
import dk.newsroom.gateway.feed.content.MappedResource;
import dk.newsroom.gateway.feed.content.PersonFeedMapper;
import dk.newsroom.gateway.search.analysis.DanishAnalysis;
import dk.newsroom.gateway.search.index.SearchIndex;
import dk.newsroom.gateway.search.query.SearchRequest;
import dk.newsroom.gateway.search.query.SearchRequests;
import dk.newsroom.gateway.search.query.SearchResults;
import dk.newsroom.gateway.search.query.Searcher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A search index in memory (or in a directory), fed records the way the topics carry
 * them, through the gateway's own mappers, and a searcher on it; a clock to move.
 */
public final class SearchFixture implements AutoCloseable {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DanishAnalysis ANALYSIS = DanishAnalysis.load();

	private final MutableClock clock;

	private final SearchIndex index;

	private final Searcher searcher;

	private final Map<ContentType, FeedMapper> mappers = Map.of(ContentType.ARTICLE, new ArticleFeedMapper(JSON),
			ContentType.EVENT, new EventFeedMapper(JSON), ContentType.PERSON, new PersonFeedMapper(JSON));

	private long offset;

	public SearchFixture(Instant now) {
		this(new MutableClock(now), null);
	}

	public SearchFixture(MutableClock clock, @Nullable Path directory) {
		this.clock = clock;
		this.index = (directory != null)
				? SearchIndex.onDisk(directory, ANALYSIS, JSON, new SimpleMeterRegistry(), clock, Duration.ofHours(24))
				: SearchIndex.inMemory(ANALYSIS, JSON, new SimpleMeterRegistry(), clock);
		this.searcher = new Searcher(this.index, clock);
	}

	public MutableClock clock() {
		return this.clock;
	}

	public SearchIndex index() {
		return this.index;
	}

	/** Applies a record of a topic (the resource's JSON), as the search's reader does. */
	public void publish(ContentType type, Map<String, Object> json) {
		byte[] value = JSON.writeValueAsBytes(json);
		String id = (String) json.get("id");
		MappedResource mapped = this.mappers.get(type).map(id, value);
		long version = ((Number) json.get("version")).longValue();
		FeedItem item = mapped.item();
		this.index.accept(new FeedChange(new ResourceRef(type, id), version,
				(item != null) ? item.withVersion(version) : null, value, 0, this.offset++));
	}

	/** A tombstone. */
	public void delete(ContentType type, String id, long version) {
		this.index.accept(FeedChange.unlisted(new ResourceRef(type, id), version));
	}

	/** Makes what was applied searchable, as the maintenance thread does. */
	public SearchFixture refresh() {
		try {
			this.index.awaitApplied();
			this.index.refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	public SearchResults search(String q) {
		return search(SearchRequest.of(q));
	}

	/** A search from query parameters, e.g. {@code "q", "kommune", "type", "event"}. */
	public SearchResults search(String... params) {
		MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
		for (int i = 0; i < params.length; i += 2) {
			map.add(params[i], params[i + 1]);
		}
		return search(SearchRequests.parse(map));
	}

	public SearchResults search(SearchRequest request) {
		try {
			return this.searcher.search(request);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The ids of the results, in order. */
	public static List<String> ids(SearchResults results) {
		return results.hits().stream().map((hit) -> item(hit).get("id").asString()).toList();
	}

	public static JsonNode item(SearchResults.Hit hit) {
		return JSON.readTree(hit.item());
	}

	@Override
	public void close() throws IOException {
		this.index.close();
	}

}
