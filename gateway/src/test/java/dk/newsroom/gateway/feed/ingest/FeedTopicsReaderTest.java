package dk.newsroom.gateway.feed.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedChangeSink;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.feed.content.ArticleFeedMapper;
import dk.newsroom.gateway.feed.content.FeedMapper;
import dk.newsroom.gateway.feed.content.MappedResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeedTopicsReaderTest {

	private static final String TOPIC = "newsroom.articles.v1";

	private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);

	private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static final Duration REFRESH = Duration.ofSeconds(5);

	private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");

	private static final ArticleFeedMapper ARTICLES = new ArticleFeedMapper(JsonMapper.builder().build());

	private final FeedProjection projection = new FeedProjection(new MutableClock(NOW), FeedItems.SERIALIZER);

	private final FeedCatchUp catchUp = new FeedCatchUp();

	private final AtomicLong nanoTime = new AtomicLong();

	private final MeterRegistry meterRegistry = new SimpleMeterRegistry();

	private final FeedTopicsReader reader = reader(ARTICLES, this.projection);

	@Test
	void isCaughtUpOnlyOnceEveryPartitionReachedTheEndOffsetsSeenAtStart() {
		topicExists(P0, P1);
		this.consumer.updateEndOffsets(Map.of(P0, 2L, P1, 1L));
		assertThat(this.catchUp.status().phase()).isEqualTo(FeedCatchUp.Phase.CONNECTING);

		this.consumer.schedulePollTask(() -> this.consumer.addRecord(article(P0, 0, "a1")));
		this.reader.pollOnce();

		assertThat(this.catchUp.status().phase()).isEqualTo(FeedCatchUp.Phase.CATCHING_UP);
		assertThat(this.catchUp.status().behind()).containsOnly(Map.entry(TOPIC + "-0", 1L),
				Map.entry(TOPIC + "-1", 1L));
		assertThat(this.projection.size()).isOne();

		// Records written after the start snapshot are not waited for.
		this.consumer.updateEndOffsets(Map.of(P0, 9L, P1, 9L));
		this.consumer.schedulePollTask(() -> {
			this.consumer.addRecord(article(P0, 1, "a2"));
			this.consumer.addRecord(article(P1, 0, "a3"));
		});
		this.reader.pollOnce();

		assertThat(this.catchUp.isCaughtUp()).isTrue();
		assertThat(FeedItems.ids(this.projection.page(FeedQuery.firstPage(10)))).containsExactlyInAnyOrder("a1", "a2",
				"a3");
	}

	@Test
	void staysConnectingUntilItCanReadTheEndOffsets() {
		topicExists(P0);
		this.consumer.updateEndOffsets(Map.of(P0, 0L));
		this.consumer.setOffsetsException(new TimeoutException("broker unreachable"));

		assertThatExceptionOfType(TimeoutException.class).isThrownBy(this.reader::pollOnce);
		assertThat(this.catchUp.status().phase()).isEqualTo(FeedCatchUp.Phase.CONNECTING);

		this.reader.pollOnce();
		assertThat(this.catchUp.isCaughtUp()).isTrue();
	}

	@Test
	void emptyTopicsNeedNoCatchingUp() {
		topicExists(P0);
		this.consumer.updateEndOffsets(Map.of(P0, 0L));

		this.reader.pollOnce();

		assertThat(this.catchUp.isCaughtUp()).isTrue();
	}

	@Test
	void aTopicMissingAtStartCountsAsEmptyAndIsReadOnceItAppears() {
		assertThat(this.reader.pollOnce()).isFalse();
		assertThat(this.catchUp.isCaughtUp()).isTrue();
		assertThat(this.catchUp.status().missingTopics()).containsExactly(TOPIC);

		topicExists(P0);
		assertThat(this.reader.pollOnce()).as("not looked for again before the refresh interval").isFalse();

		this.nanoTime.addAndGet(REFRESH.toNanos());
		this.consumer.schedulePollTask(() -> this.consumer.addRecord(article(P0, 0, "a1")));
		assertThat(this.reader.pollOnce()).isTrue();

		assertThat(FeedItems.ids(this.projection.page(FeedQuery.firstPage(10)))).containsExactly("a1");
		assertThat(this.catchUp.status().missingTopics()).isEmpty();
	}

	@Test
	void aRecordThatCannotBeDecodedIsSkippedAloneAndCounted() {
		// A mapper bug (a null result) makes the decoder itself throw.
		FeedMapper broken = new FeedMapper() {

			@Override
			public ContentType type() {
				return ContentType.ARTICLE;
			}

			@Override
			public MappedResource map(String id, byte[] json) {
				return "broken".equals(id) ? null : ARTICLES.map(id, json);
			}

		};
		FeedTopicsReader reader = reader(broken, this.projection);
		topicExists(P0);
		this.consumer.updateEndOffsets(Map.of(P0, 3L));
		this.consumer.schedulePollTask(() -> {
			this.consumer.addRecord(article(P0, 0, "a1"));
			this.consumer.addRecord(article(P0, 1, "broken"));
			this.consumer.addRecord(article(P0, 2, "a3"));
		});

		assertThat(reader.pollOnce()).isTrue();

		assertThat(FeedItems.ids(this.projection.page(FeedQuery.firstPage(10)))).containsExactlyInAnyOrder("a1", "a3");
		assertThat(skipped("decode")).isEqualTo(1);
		assertThat(this.meterRegistry.find(FeedTopicsReader.SKIPPED).tag("reason", "apply").counter()).isNull();
		assertThat(this.catchUp.isCaughtUp()).isTrue();
		assertThat(this.catchUp.status().lastError()).isNull();
	}

	@Test
	void aRecordTheDecoderRejectsIsSkippedAloneAndCounted() {
		topicExists(P0);
		this.consumer.updateEndOffsets(Map.of(P0, 3L));
		this.consumer.schedulePollTask(() -> {
			this.consumer.addRecord(article(P0, 0, "a1"));
			this.consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 1, 0L, TimestampType.CREATE_TIME, 0, 0, "a2",
					"ikke json".getBytes(StandardCharsets.UTF_8), ArticleRecords.headers("a2", "updated", 2L),
					Optional.empty()));
			this.consumer.addRecord(article(P0, 2, "a3"));
		});

		assertThat(this.reader.pollOnce()).isTrue();

		assertThat(FeedItems.ids(this.projection.page(FeedQuery.firstPage(10)))).containsExactlyInAnyOrder("a1", "a3");
		assertThat(this.projection.versionOf(new ResourceRef(ContentType.ARTICLE, "a2"))).isNull();
		assertThat(skipped("decode")).isEqualTo(1);
		assertThat(this.meterRegistry.find(FeedTopicsReader.SKIPPED).tag("reason", "apply").counter()).isNull();
		assertThat(this.catchUp.isCaughtUp()).isTrue();
		assertThat(this.catchUp.status().lastError()).isNull();
	}

	@Test
	void aRecordWhoseApplyingFailsIsSkippedAloneAndCounted() {
		FeedProjection projection = new FeedProjection(new MutableClock(NOW), FeedItems.SERIALIZER);
		// A listener (such as the streams' event log) that fails on a2.
		projection.addListener((change, entry) -> {
			if (change.ref().id().equals("a2")) {
				throw new IllegalStateException("cannot take " + change.ref().id());
			}
		});
		FeedTopicsReader reader = reader(ARTICLES, projection);
		topicExists(P0);
		this.consumer.updateEndOffsets(Map.of(P0, 3L));
		this.consumer.schedulePollTask(() -> {
			this.consumer.addRecord(article(P0, 0, "a1"));
			this.consumer.addRecord(article(P0, 1, "a2"));
			this.consumer.addRecord(article(P0, 2, "a3"));
		});

		assertThat(reader.pollOnce()).isTrue();

		assertThat(projection.versionOf(new ResourceRef(ContentType.ARTICLE, "a3"))).as("the record after it")
			.isNotNull();
		assertThat(skipped("apply")).isEqualTo(1);
		assertThat(this.meterRegistry.find(FeedTopicsReader.SKIPPED).tag("reason", "decode").counter()).isNull();
		assertThat(this.catchUp.isCaughtUp()).isTrue();
		assertThat(this.catchUp.status().lastError()).isNull();
	}

	@Test
	void aSinkStartsWhereItsDataEndsIsToldHowFarItReadAndWhenItCaughtUp() {
		List<String> accepted = new ArrayList<>();
		List<Map<TopicPartition, Long>> polled = new ArrayList<>();
		int[] caughtUp = { 0 };
		FeedChangeSink sink = new FeedChangeSink() {

			@Override
			public void accept(FeedChange change) {
				accepted.add(change.ref().id());
			}

			@Override
			public Map<TopicPartition, Long> startOffsets(Set<TopicPartition> partitions) {
				return Map.of(P0, 1L);
			}

			@Override
			public void polled(Map<TopicPartition, Long> positions) {
				polled.add(positions);
			}

			@Override
			public void caughtUp() {
				caughtUp[0]++;
			}

		};
		FeedTopicsReader reader = new FeedTopicsReader(this.consumer, new FeedRecordDecoder(Map.of(TOPIC, ARTICLES)),
				"search", sink, this.catchUp, Duration.ofMillis(10), REFRESH, this.nanoTime::get, new FeedLag(),
				this.meterRegistry);
		topicExists(P0, P1);
		this.consumer.updateEndOffsets(Map.of(P0, 2L, P1, 1L));
		this.consumer.schedulePollTask(() -> {
			this.consumer.addRecord(article(P0, 1, "a2"));
			this.consumer.addRecord(article(P1, 0, "b1"));
		});

		reader.pollOnce();
		reader.pollOnce();

		assertThat(this.consumer.position(P0)).isEqualTo(2);
		assertThat(accepted).containsExactlyInAnyOrder("a2", "b1");
		assertThat(polled).containsExactly(Map.of(P0, 2L, P1, 1L));
		assertThat(caughtUp[0]).as("told once").isOne();
	}

	@Test
	void aSinkWithoutStartOffsetsReadsFromTheBeginning() {
		List<String> accepted = new ArrayList<>();
		FeedTopicsReader reader = new FeedTopicsReader(this.consumer, new FeedRecordDecoder(Map.of(TOPIC, ARTICLES)),
				"search", (change) -> accepted.add(change.ref().id()), this.catchUp, Duration.ofMillis(10), REFRESH,
				this.nanoTime::get, new FeedLag(), this.meterRegistry);
		topicExists(P0);
		this.consumer.updateEndOffsets(Map.of(P0, 2L));
		this.consumer.schedulePollTask(() -> {
			this.consumer.addRecord(article(P0, 0, "a1"));
			this.consumer.addRecord(article(P0, 1, "a2"));
		});

		reader.pollOnce();

		assertThat(accepted).containsExactly("a1", "a2");
		assertThat(this.projection.size()).as("the feed's projection is not this reader's").isZero();
	}

	private FeedTopicsReader reader(FeedMapper mapper, FeedProjection projection) {
		return new FeedTopicsReader(this.consumer, new FeedRecordDecoder(Map.of(TOPIC, mapper)), projection,
				this.catchUp, Duration.ofMillis(10), REFRESH, this.nanoTime::get, this.meterRegistry);
	}

	private double skipped(String reason) {
		return this.meterRegistry.get("newsroom.feed.records.skipped")
			.tag("topic", TOPIC)
			.tag("reason", reason)
			.counter()
			.count();
	}

	private void topicExists(TopicPartition... partitions) {
		Node node = new Node(0, "localhost", 9092);
		this.consumer.updatePartitions(TOPIC, Arrays.stream(partitions)
			.map((tp) -> new PartitionInfo(TOPIC, tp.partition(), node, new Node[] { node }, new Node[] { node }))
			.toList());
		for (TopicPartition partition : partitions) {
			this.consumer.updateBeginningOffsets(Map.of(partition, 0L));
		}
	}

	private static ConsumerRecord<String, byte[]> article(TopicPartition partition, long offset, String id) {
		return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, 0L, TimestampType.CREATE_TIME, 0,
				0, id, ArticleRecords.value(id, "PUBLISHED", NOW.minusSeconds(60), 1),
				ArticleRecords.headers(id, "created", 1L), Optional.empty());
	}

}
