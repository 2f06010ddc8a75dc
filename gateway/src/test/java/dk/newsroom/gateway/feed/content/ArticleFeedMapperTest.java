package dk.newsroom.gateway.feed.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedImage;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleFeedMapperTest {

	static final String PUBLISHED_ARTICLE = """
			{"id":"6745a1f0c2a4b81e2f3d9a10","slug":"ny-sikkerhedsaftale-mellem-eu-og-ukraine","status":"PUBLISHED",
			"headline":"Ny sikkerhedsaftale mellem EU og Ukraine",
			"lead":"EU og Ukraine vil samarbejde tættere om cyberforsvar.","body":"<p>Aftalen blev underskrevet i går.</p>",
			"topImage":{"url":"https://images.example.dk/eu.jpg","caption":"Topmødet i Kyiv","credit":"Foto: Anne Holm"},
			"section":"Sikkerhed","authors":["Mette Kjær"],"source":"Ritzau","language":"da",
			"tags":["cybersikkerhed","eu"],"publishedAt":"2026-11-26T09:00:00Z","createdAt":"2026-11-26T08:40:00Z",
			"updatedAt":"2026-11-26T10:15:00Z","version":3,"somethingNew":{"x":1}}
			""";

	private final ArticleFeedMapper mapper = new ArticleFeedMapper(JsonMapper.builder().build());

	@Test
	void mapsAPublishedArticleToAFeedItem() {
		MappedResource mapped = this.mapper.map("6745a1f0c2a4b81e2f3d9a10", bytes(PUBLISHED_ARTICLE));

		assertThat(mapped.version()).isEqualTo(3);
		assertThat(mapped.item()).isNotNull().satisfies((item) -> {
			assertThat(item.type()).isEqualTo(ContentType.ARTICLE);
			assertThat(item.id()).isEqualTo("6745a1f0c2a4b81e2f3d9a10");
			assertThat(item.slug()).isEqualTo("ny-sikkerhedsaftale-mellem-eu-og-ukraine");
			assertThat(item.title()).isEqualTo("Ny sikkerhedsaftale mellem EU og Ukraine");
			assertThat(item.summary()).isEqualTo("EU og Ukraine vil samarbejde tættere om cyberforsvar.");
			assertThat(item.image())
				.isEqualTo(new FeedImage("https://images.example.dk/eu.jpg", "Topmødet i Kyiv", "Foto: Anne Holm"));
			assertThat(item.tags()).containsExactly("cybersikkerhed", "eu");
			assertThat(item.section()).isEqualTo("Sikkerhed");
			assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
			assertThat(item.updatedAt()).isEqualTo(Instant.parse("2026-11-26T10:15:00Z"));
			assertThat(item.version()).isEqualTo(3);
			assertThat(item.link()).isEqualTo("/api/articles/6745a1f0c2a4b81e2f3d9a10");
		});
	}

	@Test
	void takesThePublicationTimeForAnArticleWithoutUpdatedAt() {
		String json = PUBLISHED_ARTICLE.replace("\"updatedAt\":\"2026-11-26T10:15:00Z\",", "");

		assertThat(this.mapper.map("a", bytes(json)).item()).isNotNull()
			.satisfies((item) -> assertThat(item.updatedAt()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z")));
	}

	@Test
	void mapsAMissingTopImageToNoImage() {
		String json = PUBLISHED_ARTICLE.replaceAll("\"topImage\":\\{[^}]*\\}", "\"topImage\":null");

		assertThat(this.mapper.map("a", bytes(json)).item()).isNotNull()
			.satisfies((item) -> assertThat(item.image()).isNull());
	}

	@Test
	void leavesDraftsWithdrawnAndUndatedArticlesOutOfTheFeed() {
		assertThat(this.mapper.map("a", bytes(PUBLISHED_ARTICLE.replace("\"PUBLISHED\"", "\"DRAFT\""))).item())
			.isNull();
		assertThat(this.mapper.map("a", bytes(PUBLISHED_ARTICLE.replace("\"PUBLISHED\"", "\"WITHDRAWN\""))).item())
			.isNull();
		MappedResource undated = this.mapper.map("a",
				bytes(PUBLISHED_ARTICLE.replace("\"publishedAt\":\"2026-11-26T09:00:00Z\"", "\"publishedAt\":null")));
		assertThat(undated.item()).isNull();
		assertThat(undated.version()).isEqualTo(3);
	}

	@Test
	void rejectsAValueThatIsNotJson() {
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.mapper.map("a", bytes("<p>nej</p>")));
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
