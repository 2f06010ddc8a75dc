package dk.newsroom.gateway.feed.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.feed.content.ArticleFeedMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.record.TimestampType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeedRecordDecoderTest {

	private static final String TOPIC = "newsroom.articles.v1";

	private static final Instant PUBLISHED_AT = Instant.parse("2026-11-26T09:00:00Z");

	private final FeedRecordDecoder decoder = new FeedRecordDecoder(
			Map.of(TOPIC, new ArticleFeedMapper(JsonMapper.builder().build())));

	@Test
	void readsAPublishedArticleWithTheVersionOfItsHeader() {
		FeedChange change = this.decoder.decode(record("a1", ArticleRecords.value("a1", "PUBLISHED", PUBLISHED_AT, 4),
				ArticleRecords.headers("a1", "updated", 5L)));

		assertThat(change).isNotNull();
		assertThat(change.ref()).isEqualTo(new ResourceRef(ContentType.ARTICLE, "a1"));
		assertThat(change.version()).isEqualTo(5);
		assertThat(change.partition()).as("the record's partition").isEqualTo(2);
		assertThat(change.offset()).as("the record's offset").isEqualTo(41);
		assertThat(change.item()).isNotNull().satisfies((item) -> {
			assertThat(item.version()).isEqualTo(5);
			assertThat(item.summary()).isEqualTo("Et kort resumé på dansk: æ, ø og å.");
		});
	}

	@Test
	void fallsBackToThePayloadVersionWithoutTheHeader() {
		FeedChange change = this.decoder.decode(record("a1", ArticleRecords.value("a1", "PUBLISHED", PUBLISHED_AT, 4),
				ArticleRecords.headers("a1", "updated", null)));

		assertThat(change).isNotNull().extracting(FeedChange::version).isEqualTo(4L);
	}

	@Test
	void readsADraftAsUnlisted() {
		FeedChange change = this.decoder.decode(record("a1", ArticleRecords.value("a1", "DRAFT", PUBLISHED_AT, 1),
				ArticleRecords.headers("a1", "created", 1L)));

		assertThat(change.ref()).isEqualTo(new ResourceRef(ContentType.ARTICLE, "a1"));
		assertThat(change.version()).isEqualTo(1);
		assertThat(change.item()).isNull();
		assertThat(change.source()).isEqualTo(ArticleRecords.value("a1", "DRAFT", PUBLISHED_AT, 1));
		assertThat(change.isDeletion()).isFalse();
		assertThat(change.partition()).isEqualTo(2);
		assertThat(change.offset()).isEqualTo(41);
	}

	@Test
	void readsATombstoneAsUnlistedAtItsVersion() {
		FeedChange change = this.decoder.decode(record("a1", null, ArticleRecords.headers("a1", "deleted", 7L)));

		assertThat(change).isEqualTo(FeedChange.unlisted(new ResourceRef(ContentType.ARTICLE, "a1"), 7).at(2, 41));
		assertThat(change.isDeletion()).isTrue();
	}

	@Test
	void takesTheIdFromTheSubjectWhenTheKeyIsMissing() {
		FeedChange change = this.decoder.decode(record(null, null, ArticleRecords.headers("a1", "deleted", 7L)));

		assertThat(change).isNotNull()
			.extracting(FeedChange::ref)
			.isEqualTo(new ResourceRef(ContentType.ARTICLE, "a1"));
	}

	@Test
	void rejectsATombstoneWithoutAVersion() {
		assertThatExceptionOfType(UndecodableRecordException.class)
			.isThrownBy(() -> this.decoder.decode(record("a1", null, ArticleRecords.headers("a1", "deleted", null))))
			.withMessage("tombstone without ce_entityversion");
	}

	@Test
	void rejectsAValueThatIsNotJsonWithoutQuotingIt() {
		assertThatExceptionOfType(UndecodableRecordException.class)
			.isThrownBy(() -> this.decoder.decode(record("a1", "ikke json".getBytes(StandardCharsets.UTF_8),
					ArticleRecords.headers("a1", "updated", 2L))))
			.withMessageStartingWith("unreadable value (")
			.withMessageNotContaining("ikke")
			.withNoCause();
	}

	@Test
	void rejectsAValueOfTheWrongShapeNamingWhereButNotWhat() {
		byte[] value = "{\"id\":\"a1\",\"version\":\"hemmelig\"}".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(UndecodableRecordException.class)
			.isThrownBy(() -> this.decoder.decode(record("a1", value, ArticleRecords.headers("a1", "updated", 2L))))
			.withMessageStartingWith("unreadable value (")
			.withMessageContaining("\"version\"")
			.withMessageNotContaining("hemmelig");
	}

	@Test
	void rejectsARecordWithoutAnId() {
		assertThatExceptionOfType(UndecodableRecordException.class).isThrownBy(() -> this.decoder.decode(record(null,
				ArticleRecords.value("a1", "PUBLISHED", PUBLISHED_AT, 1), ArticleRecords.headers("", "created", 1L))))
			.withMessage("no resource id");
	}

	@Test
	void rejectsARecordOfAnotherTopic() {
		assertThatExceptionOfType(UndecodableRecordException.class)
			.isThrownBy(() -> this.decoder.decode(new ConsumerRecord<>("another.topic", 0, 0, 0L,
					TimestampType.CREATE_TIME, 0, 0, "a1", ArticleRecords.value("a1", "PUBLISHED", PUBLISHED_AT, 1),
					ArticleRecords.headers("a1", "created", 1L), Optional.empty())))
			.withMessage("not a feed topic");
	}

	private static ConsumerRecord<String, byte[]> record(@Nullable String key, byte @Nullable [] value,
			Headers headers) {
		return new ConsumerRecord<>(TOPIC, 2, 41, 0L, TimestampType.CREATE_TIME, 0, 0, key, value, headers,
				Optional.empty());
	}

}
