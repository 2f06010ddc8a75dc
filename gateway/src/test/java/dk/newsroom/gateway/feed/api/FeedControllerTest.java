package dk.newsroom.gateway.feed.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedImage;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.query.FeedProblemHandler;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class FeedControllerTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final FeedProjection projection = new FeedProjection(new MutableClock(NOW),
			JsonMapper.builder().build()::writeValueAsBytes);

	private final WebTestClient client = WebTestClient.bindToController(new FeedController(this.projection))
		.controllerAdvice(new FeedProblemHandler())
		.build();

	@Test
	void servesItemsNewestFirstInTheDocumentedShape() {
		this.projection.apply(FeedChange
			.listed(new FeedItem(ContentType.ARTICLE, "6745a1f0", "ny-sikkerhedsaftale-mellem-eu-og-ukraine",
					"Ny sikkerhedsaftale mellem EU og Ukraine", "EU og Ukraine vil samarbejde tættere om cyberforsvar.",
					new FeedImage("https://images.example.dk/eu.jpg", "Topmødet i Kyiv", "Foto: Anne Holm"),
					List.of("cybersikkerhed", "eu"), "Sikkerhed", Instant.parse("2026-11-26T09:00:00Z"),
					Instant.parse("2026-11-26T09:30:00Z"), 3, "/api/articles/6745a1f0")));
		this.projection.apply(FeedChange.listed(FeedItems.article("older", Instant.parse("2026-11-25T09:00:00Z"), 1)));

		this.client.get()
			.uri("/api/feed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectHeader()
			.doesNotExist(HttpHeaders.LINK)
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[0].length()")
			.isEqualTo(13)
			.jsonPath("$.items[0].type")
			.isEqualTo("article")
			.jsonPath("$.items[0].id")
			.isEqualTo("6745a1f0")
			.jsonPath("$.items[0].slug")
			.isEqualTo("ny-sikkerhedsaftale-mellem-eu-og-ukraine")
			.jsonPath("$.items[0].title")
			.isEqualTo("Ny sikkerhedsaftale mellem EU og Ukraine")
			.jsonPath("$.items[0].summary")
			.isEqualTo("EU og Ukraine vil samarbejde tættere om cyberforsvar.")
			.jsonPath("$.items[0].image.url")
			.isEqualTo("https://images.example.dk/eu.jpg")
			.jsonPath("$.items[0].image.caption")
			.isEqualTo("Topmødet i Kyiv")
			.jsonPath("$.items[0].image.credit")
			.isEqualTo("Foto: Anne Holm")
			.jsonPath("$.items[0].tags")
			.isEqualTo(List.of("cybersikkerhed", "eu"))
			.jsonPath("$.items[0].section")
			.isEqualTo("Sikkerhed")
			.jsonPath("$.items[0].publishedAt")
			.isEqualTo("2026-11-26T09:00:00Z")
			.jsonPath("$.items[0].updatedAt")
			.isEqualTo("2026-11-26T09:30:00Z")
			.jsonPath("$.items[0].version")
			.isEqualTo(3)
			.jsonPath("$.items[0].link")
			.isEqualTo("/api/articles/6745a1f0")
			.jsonPath("$.items[0].url")
			.isEqualTo("/artikler/ny-sikkerhedsaftale-mellem-eu-og-ukraine")
			.jsonPath("$.items[1].id")
			.isEqualTo("older")
			.jsonPath("$.items[1].image")
			.isEmpty()
			.jsonPath("$.next")
			.isEmpty();
	}

	@Test
	void linksToTheNextPageKeepingTheFilters() {
		for (int i = 1; i <= 3; i++) {
			this.projection.apply(FeedChange.listed(FeedItems.item(ContentType.ARTICLE, "a" + i,
					NOW.minusSeconds(60L * i), 1, List.of("bæredygtighed"), "Grøn IT")));
		}
		this.projection.apply(FeedChange.listed(
				FeedItems.item(ContentType.EVENT, "e1", NOW.minusSeconds(90), 1, List.of("bæredygtighed"), "Grøn IT")));

		Page first = get("/api/feed?type=article&tag=b%C3%A6redygtighed&section=Gr%C3%B8n%20IT&limit=2&ignored=x");

		assertThat(first.ids()).containsExactly("a1", "a2");
		assertThat(first.next()).isNotNull();
		assertThat(first.link()).isEqualTo("</api/feed?type=article&tag=b%C3%A6redygtighed&section=Gr%C3%B8n+IT&limit=2"
				+ "&cursor=" + first.next() + ">; rel=\"next\"");

		Page second = get(first.link().substring(1, first.link().indexOf('>')));

		assertThat(second.ids()).containsExactly("a3");
		assertThat(second.next()).isNull();
		assertThat(second.link()).isNull();
	}

	@Test
	void acceptsTheMaximumLimit() {
		this.client.get().uri("/api/feed?limit=100").exchange().expectStatus().isOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "101", "0", "-1", "mange", "2.5" })
	void rejectsABadLimitNamingIt(String limit) {
		expectProblem("/api/feed?limit=" + limit, "limit");
	}

	@Test
	void rejectsARepeatedLimit() {
		expectProblem("/api/feed?limit=5&limit=6", "limit");
	}

	@Test
	void rejectsACursorItDidNotIssue() {
		expectProblem("/api/feed?cursor=bm9wZQ", "cursor");
	}

	@Test
	void rejectsAnUnknownType() {
		expectProblem("/api/feed?type=article&type=blog", "type");
	}

	@Test
	void namesEveryBadParameter() {
		this.client.get()
			.uri("/api/feed?type=blog&limit=500")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Invalid query parameters: type, limit")
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("type", "limit"));
	}

	private void expectProblem(String uri, String field) {
		this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.title")
			.isEqualTo("Invalid query parameter")
			.jsonPath("$.detail")
			.isEqualTo("Invalid query parameter: " + field)
			.jsonPath("$.instance")
			.isEqualTo("/api/feed")
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.errors[0].message")
			.isNotEmpty();
	}

	private Page get(String uri) {
		EntityExchangeResult<PageBody> result = this.client.get()
			.uri(URI.create(uri))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PageBody.class)
			.returnResult();
		PageBody body = result.getResponseBody();
		assertThat(body).isNotNull();
		return new Page(body.items().stream().map(ItemBody::id).toList(), body.next(),
				result.getResponseHeaders().getFirst(HttpHeaders.LINK));
	}

	private record Page(List<String> ids, @Nullable String next, @Nullable String link) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	private record PageBody(List<ItemBody> items, @Nullable String next) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	private record ItemBody(String id) {

	}

}
