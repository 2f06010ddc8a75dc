package dk.newsroom.podcasts.podcast;

import java.util.List;
import java.util.Map;

import dk.newsroom.testsupport.ContentApiConformance;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The podcasts' REST semantics, as every content service keeps them. */
@NewsroomIntegrationTest
class PodcastApiIntegrationTest extends ContentApiConformance {

	@Override
	protected String collection() {
		return PodcastFixtures.COLLECTION;
	}

	@Override
	protected String writeScope() {
		return PodcastFixtures.WRITE_SCOPE;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return PodcastFixtures.validPodcast(tag);
	}

	@Override
	protected List<String> optionalFields() {
		return List.of("tags");
	}

	@Override
	protected void change(Map<String, Object> body) {
		body.put("durationSeconds", 1800);
	}

	@Override
	protected void expectPublished(Map<String, Object> draft, WebTestClient.BodyContentSpec readBySlug) {
		readBySlug.jsonPath("$.title")
			.isEqualTo("Techtopia: Sådan flytter Østjylland sine data til skyen")
			.jsonPath("$.durationSeconds")
			.isEqualTo(2520)
			.jsonPath("$.description")
			.isEqualTo("Tre it-chefer fortæller, hvad det kostede at flytte kommunens data ud af kælderen.");
	}

	@Test
	void makesADanishSlugFromTheTitle() {
		Map<String, Object> created = TestRequests.create(this.http, PodcastFixtures.validPodcast("slug"));

		assertThat((String) created.get("slug")).startsWith("techtopia-saadan-flytter-oestjylland-sine-data");
	}

}
