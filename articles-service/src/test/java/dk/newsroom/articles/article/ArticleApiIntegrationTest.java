package dk.newsroom.articles.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.ContentApiConformance;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The articles' own API: Danish slugs, the sanitised body, newest-first pages; what every
 * content service shares is in {@link ContentApiConformance}.
 */
@NewsroomIntegrationTest
class ArticleApiIntegrationTest extends ContentApiConformance {

	@Override
	protected String collection() {
		return "articles";
	}

	@Override
	protected String writeScope() {
		return Scopes.ARTICLES_WRITE;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return ArticleFixtures.validArticle(tag);
	}

	@Override
	protected List<String> optionalFields() {
		return List.of("topImage", "source", "authors", "tags");
	}

	@Override
	protected void change(Map<String, Object> body) {
		body.put("headline", "Ny overskrift");
	}

	@Override
	protected void expectPublished(Map<String, Object> draft, WebTestClient.BodyContentSpec readBySlug) {
		readBySlug.jsonPath("$.headline").isEqualTo("Østjysk it-firma åbner nyt datacenter i Århus");
	}

	@Test
	void createsWithSanitisedBodyAndDanishSlug() {
		ArticleResponse article = create(ArticleFixtures.validArticle(uniqueTag()));

		assertThat(article.slug()).startsWith("oestjysk-it-firma-aabner-nyt-datacenter-i-aarhus");
		assertThat(article.body()).isEqualTo("<p>Datacenteret står klar i <strong>marts</strong>.</p>");
		assertThat(article.language()).isEqualTo("da");
		assertThat(article.topImage().credit()).isEqualTo("Foto: Søren Ågård");
	}

	@Test
	void givesTheSameHeadlineAUniqueSlug() {
		String tag = uniqueTag();
		ArticleResponse first = create(ArticleFixtures.validArticle(tag));
		ArticleResponse second = create(ArticleFixtures.validArticle(tag));

		assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith("oestjysk-it-firma");
	}

	@Test
	void listsPublishedArticlesNewestFirstInStableKeysetPages() {
		String tag = uniqueTag();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String id = create(ArticleFixtures.validArticle(tag)).id();
			publish(id, Map.of());
			ids.add(0, id);
		}
		create(ArticleFixtures.validArticle(tag));

		ListPage first = list("/api/articles?tag=" + tag + "&limit=2");
		assertThat(first.items()).extracting(ArticleResponse::id).containsExactly(ids.get(0), ids.get(1));
		String newer = create(ArticleFixtures.validArticle(tag)).id();
		publish(newer, Map.of());

		ListPage second = list("/api/articles?tag=" + tag + "&limit=2&cursor=" + first.next());
		ListPage third = list("/api/articles?tag=" + tag + "&limit=2&cursor=" + second.next());
		assertThat(second.items()).extracting(ArticleResponse::id).containsExactly(ids.get(2), ids.get(3));
		assertThat(third.items()).extracting(ArticleResponse::id).containsExactly(ids.get(4));
		assertThat(third.next()).isNull();
	}

	@Test
	void linksToTheNextPageKeepingTheFilters() {
		String tag = uniqueTag();
		for (int i = 0; i < 3; i++) {
			publish(create(ArticleFixtures.validArticle(tag)).id(), Map.of());
		}
		this.http.get()
			.uri("/api/articles?tag={tag}&section=Infrastruktur&limit=2", tag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.LINK,
					(link) -> assertThat(link).startsWith("</api/articles?tag=" + tag)
						.contains("section=Infrastruktur")
						.contains("cursor=")
						.endsWith(">; rel=\"next\""));
		assertThat(list("/api/articles?tag=" + tag + "&section=Sikkerhed").items()).isEmpty();
	}

	private ArticleResponse create(Map<String, Object> body) {
		return editor().post()
			.uri("/api/articles")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody();
	}

	private ArticleResponse publish(String id, Map<String, Object> body) {
		return editor().post()
			.uri("/api/articles/{id}/publish", id)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody();
	}

	private ListPage list(String uri) {
		return this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ListPage.class)
			.returnResult()
			.getResponseBody();
	}

	static String uniqueTag() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	record ListPage(List<ArticleResponse> items, String next) {
	}

}
