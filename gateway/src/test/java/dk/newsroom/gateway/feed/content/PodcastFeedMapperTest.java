package dk.newsroom.gateway.feed.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dk.newsroom.gateway.feed.ContentType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PodcastFeedMapperTest {

	/** An episode as the podcasts example publishes it (its PodcastResponse). */
	static final String PUBLISHED_EPISODE = """
			{"id":"6b13b698ebe4e3824f1b44f6","slug":"techtopia-saadan-flytter-oestjylland-sine-data-til-skyen",
			"status":"PUBLISHED","title":"Techtopia: Sådan flytter Østjylland sine data til skyen",
			"description":"Tre it-chefer fortæller, hvad det kostede at flytte kommunens data ud af kælderen.",
			"audioUrl":"https://lyd.newsroom.dk/2026/techtopia-412.mp3","durationSeconds":2520,"tags":["cloud"],
			"publishedAt":"2026-12-05T06:00:00Z","createdAt":"2026-12-04T15:00:00Z",
			"updatedAt":"2026-12-05T06:00:00Z","version":2}
			""";

	private final PodcastFeedMapper mapper = new PodcastFeedMapper(JsonMapper.builder().build());

	@Test
	void mapsAPublishedEpisodeToAFeedItem() {
		MappedResource mapped = this.mapper.map("6b13b698ebe4e3824f1b44f6", bytes(PUBLISHED_EPISODE));

		assertThat(mapped.version()).isEqualTo(2);
		assertThat(mapped.item()).isNotNull().satisfies((item) -> {
			assertThat(item.type()).isEqualTo(ContentType.PODCAST);
			assertThat(item.title()).isEqualTo("Techtopia: Sådan flytter Østjylland sine data til skyen");
			assertThat(item.summary()).startsWith("Tre it-chefer fortæller");
			assertThat(item.section()).isEqualTo("Podcast");
			assertThat(item.tags()).containsExactly("cloud");
			assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-12-05T06:00:00Z"));
			assertThat(item.updatedAt()).isEqualTo(Instant.parse("2026-12-05T06:00:00Z"));
			assertThat(item.link()).isEqualTo("/api/podcasts/6b13b698ebe4e3824f1b44f6");
			assertThat(item.image()).isNull();
		});
	}

	@Test
	void leavesADraftOutButKeepsItsVersion() {
		MappedResource mapped = this.mapper.map("d", bytes(
				PUBLISHED_EPISODE.replace("\"PUBLISHED\"", "\"DRAFT\"").replace("\"version\":2", "\"version\":1")));

		assertThat(mapped.version()).isEqualTo(1);
		assertThat(mapped.item()).isNull();
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
