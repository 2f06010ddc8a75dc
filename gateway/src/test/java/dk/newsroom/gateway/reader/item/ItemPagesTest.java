package dk.newsroom.gateway.reader.item;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedHorizon;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.feed.content.ArticleFeedMapper;
import dk.newsroom.gateway.feed.content.FeedMapper;
import dk.newsroom.gateway.feed.content.MappedResource;
import dk.newsroom.gateway.reader.item.ItemPages.Found;
import dk.newsroom.gateway.reader.item.ItemPages.Status;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an item page comes from: the projection's own copy, or - only for a slug it does
 * not know of a type it has let items of go - the owning service, through its circuit
 * breaker, with the answers kept for a while.
 */
class ItemPagesTest {

	private static final Instant NOW = Instant.parse("2026-12-04T15:48:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FeedVisibility visibility = new FeedVisibility(Clock.fixed(NOW, ZoneOffset.UTC));

	private final ArticleFeedMapper mapper = new ArticleFeedMapper(JSON);

	/** Keeps one item per type: the older of two articles is let go. */
	private final FeedProjection projection = new FeedProjection(this.visibility, (item) -> new byte[0],
			new FeedHorizon(1, null, Duration.ofHours(24)));

	private final SlugIndex slugs = new SlugIndex();

	private final AtomicInteger calls = new AtomicInteger();

	private volatile HttpStatus serviceStatus = HttpStatus.OK;

	private volatile Map<String, Object> serviceAnswer;

	private ItemPages pages;

	@BeforeEach
	void wire() {
		this.projection.addListener(this.slugs);
		WebClient client = WebClient.builder().exchangeFunction((request) -> {
			this.calls.incrementAndGet();
			if (this.serviceStatus != HttpStatus.OK) {
				return Mono.just(ClientResponse.create(this.serviceStatus).build());
			}
			return Mono.just(ClientResponse.create(HttpStatus.OK)
				.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
				.body(JSON.writeValueAsString(this.serviceAnswer))
				.build());
		}).build();
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowSize(4)
			.minimumNumberOfCalls(4)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofMinutes(5))
			.build());
		ReactiveResilience4JCircuitBreakerFactory factory = new ReactiveResilience4JCircuitBreakerFactory(breakers,
				TimeLimiterRegistry.ofDefaults(), null, new Resilience4JConfigurationProperties());
		Map<ContentType, ServiceItems.Service> services = new EnumMap<>(ContentType.class);
		services.put(ContentType.ARTICLE, new ServiceItems.Service("http://articles", "/api/articles", "articles"));
		ServiceItems serviceItems = new ServiceItems(client, factory, services, Duration.ofMinutes(1),
				Duration.ofSeconds(2));
		Map<ContentType, FeedMapper> mappers = new EnumMap<>(ContentType.class);
		mappers.put(ContentType.ARTICLE, this.mapper);
		this.pages = new ItemPages(this.projection, this.visibility, this.slugs, serviceItems, mappers, JSON);
	}

	@Test
	void anItemInMemoryIsShownFromThereWithoutAskingItsService() {
		apply(SiteContent.article("a1", NOW.minus(Duration.ofHours(1)), 1));

		Found found = find("regeringen-styrker-cyberforsvaret-a1");

		assertThat(found.status()).isEqualTo(Status.SHOWN);
		assertThat(found.fromMemory()).isTrue();
		assertThat(found.item().id()).isEqualTo("a1");
		assertThat(JSON.readTree(found.source()).get("body").asString()).isEqualTo(SiteContent.BODY);
		assertThat(this.calls).hasValue(0);
	}

	@Test
	void scheduledWithdrawnAndDeletedItemsAreNotShown() {
		apply(SiteContent.article("s1", NOW.plus(Duration.ofMinutes(5)), 1));
		assertThat(find("regeringen-styrker-cyberforsvaret-s1").status()).isEqualTo(Status.NOT_FOUND);

		Map<String, Object> withdrawn = SiteContent.article("s1", NOW.minus(Duration.ofMinutes(5)), 2);
		withdrawn.put("status", "WITHDRAWN");
		apply(withdrawn);
		assertThat(find("regeringen-styrker-cyberforsvaret-s1").status()).isEqualTo(Status.NOT_FOUND);

		apply(SiteContent.article("s1", NOW.minus(Duration.ofMinutes(5)), 3));
		assertThat(find("regeringen-styrker-cyberforsvaret-s1").status()).isEqualTo(Status.SHOWN);
		this.projection.apply(new FeedChange(new ResourceRef(ContentType.ARTICLE, "s1"), 4, null, null, 0, 9));
		assertThat(find("regeringen-styrker-cyberforsvaret-s1").status()).isEqualTo(Status.GONE);
		assertThat(this.calls).hasValue(0);
	}

	@Test
	void anUnknownSlugIsNotFoundWithoutAskingWhileNothingWasLetGo() {
		apply(SiteContent.article("n1", NOW.minus(Duration.ofHours(1)), 1));

		assertThat(find("findes-ikke").status()).isEqualTo(Status.NOT_FOUND);
		assertThat(this.calls).hasValue(0);
	}

	@Test
	void anItemBehindTheHorizonIsReadFromItsServiceOnceForAWhile() {
		Map<String, Object> older = SiteContent.article("old", NOW.minus(Duration.ofDays(400)), 3);
		apply(older);
		apply(SiteContent.article("new", NOW.minus(Duration.ofHours(1)), 1));
		assertThat(this.projection.hasLetGo(ContentType.ARTICLE)).isTrue();
		this.serviceAnswer = older;

		for (int i = 0; i < 3; i++) {
			Found found = find("regeringen-styrker-cyberforsvaret-old");
			assertThat(found.status()).isEqualTo(Status.SHOWN);
			assertThat(found.fromMemory()).isFalse();
			assertThat(found.item().id()).isEqualTo("old");
			assertThat(found.item().version()).isEqualTo(3);
		}
		assertThat(this.calls).hasValue(1);

		this.serviceStatus = HttpStatus.NOT_FOUND;
		assertThat(find("ukendt-slug").status()).isEqualTo(Status.NOT_FOUND);
		assertThat(find("ukendt-slug").status()).isEqualTo(Status.NOT_FOUND);
		assertThat(this.calls).hasValue(2);
	}

	@Test
	void aServiceAnswerThatIsNotPublishedIsNotShown() {
		apply(SiteContent.article("old", NOW.minus(Duration.ofDays(400)), 1));
		apply(SiteContent.article("new", NOW.minus(Duration.ofHours(1)), 1));
		Map<String, Object> draft = SiteContent.article("draft", NOW.minus(Duration.ofDays(3)), 1);
		draft.put("status", "DRAFT");
		this.serviceAnswer = draft;

		assertThat(find("regeringen-styrker-cyberforsvaret-draft").status()).isEqualTo(Status.NOT_FOUND);
	}

	@Test
	void aFailingServiceIsAnErrorNotKeptAndItsOpenBreakerStopsTheCalls() {
		apply(SiteContent.article("old", NOW.minus(Duration.ofDays(400)), 1));
		apply(SiteContent.article("new", NOW.minus(Duration.ofHours(1)), 1));
		this.serviceStatus = HttpStatus.INTERNAL_SERVER_ERROR;

		for (int i = 0; i < 4; i++) {
			StepVerifier.create(this.pages.find(ContentType.ARTICLE, "slug-" + i)).expectError().verify();
		}
		assertThat(this.calls).hasValue(4);
		// Open: refused without a call, and the failures were not kept as answers.
		StepVerifier.create(this.pages.find(ContentType.ARTICLE, "slug-0")).expectError().verify();
		assertThat(this.calls).hasValue(4);
	}

	private void apply(Map<String, Object> json) {
		byte[] bytes = JSON.writeValueAsBytes(json);
		String id = (String) json.get("id");
		MappedResource mapped = this.mapper.map(id, bytes);
		FeedItem item = mapped.item();
		this.projection
			.apply(new FeedChange(new ResourceRef(ContentType.ARTICLE, id), mapped.version(), item, bytes, 0, 0));
	}

	private Found find(String slug) {
		return this.pages.find(ContentType.ARTICLE, slug).block(Duration.ofSeconds(5));
	}

}
