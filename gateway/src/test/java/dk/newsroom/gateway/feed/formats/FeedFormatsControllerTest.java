package dk.newsroom.gateway.feed.formats;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedImage;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.MutableClock;
import org.jdom2.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class FeedFormatsControllerTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static final String BASE = "https://www.newsroom.dk";

	private final MutableClock clock = new MutableClock(NOW);

	private final FeedProjection projection = new FeedProjection(this.clock,
			JsonMapper.builder().build()::writeValueAsBytes);

	private final WebTestClient client = WebTestClient.bindToController(new FeedFormatsController(this.projection))
		.configureClient()
		.baseUrl(BASE)
		.build();

	@BeforeEach
	void publish() {
		apply(new FeedItem(ContentType.ARTICLE, "a1", "ny-aftale", "Ny sikkerhedsaftale: æ, ø og å i Århus",
				"Kort resumé med Ærø og Øresund.", new FeedImage("https://billeder.newsroom.dk/eu.jpg", null, null),
				List.of("cybersikkerhed", "eu"), "Sikkerhed", Instant.parse("2026-11-26T09:00:00Z"),
				Instant.parse("2026-11-26T09:00:00Z"), 3, "/api/articles/a1"));
		apply(FeedItems.item(ContentType.EVENT, "e1", Instant.parse("2026-11-26T08:00:00Z"), 1, List.of("beredskab"),
				"Sikkerhed"));
		apply(FeedItems.item(ContentType.PERSON, "p1", Instant.parse("2026-11-26T07:00:00Z"), 1, List.of("eu"),
				"Nyt job"));
	}

	@Test
	void rssParsesBackWithDanishTitlesAbsoluteLinksDatesAndANextLink() throws Exception {
		EntityExchangeResult<byte[]> result = get("/feed.rss?limit=2");
		assertThat(result.getResponseHeaders().getContentType())
			.isEqualTo(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"));

		SyndFeed feed = parse(result.getResponseBody());
		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getTitle()).isEqualTo("Newsroom – seneste nyt");
		assertThat(feed.getLanguage()).isEqualTo("da");
		assertThat(feed.getLink()).isEqualTo(BASE + "/");
		SyndEntry first = feed.getEntries().get(0);
		assertThat(first.getTitle()).isEqualTo("Ny sikkerhedsaftale: æ, ø og å i Århus");
		assertThat(first.getLink()).isEqualTo(BASE + "/artikler/ny-aftale");
		assertThat(first.getUri()).isEqualTo("urn:newsroom:article:a1");
		assertThat(first.getDescription().getValue()).isEqualTo("Kort resumé med Ærø og Øresund.");
		assertThat(first.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2026-11-26T09:00:00Z")));
		assertThat(first.getCategories()).extracting("name").containsExactly("cybersikkerhed", "eu");
		assertThat(feed.getEntries()).extracting(SyndEntry::getLink)
			.containsExactly(BASE + "/artikler/ny-aftale", BASE + "/arrangementer/slug-e1");
		Map<String, String> atomLinks = atomLinks(feed.getForeignMarkup());
		assertThat(atomLinks).containsEntry("self", BASE + "/feed.rss?limit=2");
		assertThat(atomLinks.get("next")).startsWith(BASE + "/feed.rss?limit=2&cursor=");

		SyndFeed next = parse(get(atomLinks.get("next").substring(BASE.length())).getResponseBody());
		assertThat(next.getEntries()).extracting(SyndEntry::getUri).containsExactly("urn:newsroom:person:p1");
		assertThat(atomLinks(next.getForeignMarkup())).doesNotContainKey("next");
	}

	@Test
	void atomParsesBackWithIdsDatesAndANextLink() throws Exception {
		EntityExchangeResult<byte[]> result = get("/feed.atom?limit=1");
		assertThat(result.getResponseHeaders().getContentType())
			.isEqualTo(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));

		SyndFeed feed = parse(result.getResponseBody());
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("Newsroom – seneste nyt");
		assertThat(feed.getUri()).isEqualTo(BASE + "/feed.atom?limit=1");
		assertThat(feed.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2026-11-26T09:00:00Z")));
		SyndEntry entry = feed.getEntries().get(0);
		assertThat(entry.getUri()).isEqualTo("urn:newsroom:article:a1");
		assertThat(entry.getTitle()).isEqualTo("Ny sikkerhedsaftale: æ, ø og å i Århus");
		assertThat(entry.getLink()).isEqualTo(BASE + "/artikler/ny-aftale");
		assertThat(entry.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2026-11-26T09:00:00Z")));
		assertThat(links(feed)).containsEntry("self", BASE + "/feed.atom?limit=1");
		String next = links(feed).get("next");
		assertThat(next).startsWith(BASE + "/feed.atom?limit=1&cursor=");

		SyndFeed second = parse(get(next.substring(BASE.length())).getResponseBody());
		assertThat(second.getEntries()).extracting(SyndEntry::getUri).containsExactly("urn:newsroom:event:e1");
	}

	@Test
	void jsonFeedHasTheRequiredFieldsAndANextUrl() {
		EntityExchangeResult<byte[]> result = get("/feed.json?limit=2");
		assertThat(result.getResponseHeaders().getContentType())
			.isEqualTo(MediaType.parseMediaType("application/feed+json"));

		JsonNode feed = JsonMapper.builder().build().readTree(result.getResponseBody());
		assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
		assertThat(feed.get("title").asString()).isEqualTo("Newsroom – seneste nyt");
		assertThat(feed.get("language").asString()).isEqualTo("da");
		assertThat(feed.get("home_page_url").asString()).isEqualTo(BASE + "/");
		assertThat(feed.get("feed_url").asString()).isEqualTo(BASE + "/feed.json?limit=2");
		assertThat(feed.get("next_url").asString()).startsWith(BASE + "/feed.json?limit=2&cursor=");
		JsonNode item = feed.get("items").get(0);
		assertThat(item.get("id").asString()).isEqualTo("urn:newsroom:article:a1");
		assertThat(item.get("url").asString()).isEqualTo(BASE + "/artikler/ny-aftale");
		assertThat(item.get("title").asString()).isEqualTo("Ny sikkerhedsaftale: æ, ø og å i Århus");
		assertThat(item.get("summary").asString()).isEqualTo("Kort resumé med Ærø og Øresund.");
		assertThat(item.get("content_text").asString()).isEqualTo("Kort resumé med Ærø og Øresund.");
		assertThat(item.get("image").asString()).isEqualTo("https://billeder.newsroom.dk/eu.jpg");
		assertThat(item.get("date_published").asString()).isEqualTo("2026-11-26T09:00:00Z");
		assertThat(item.get("tags").get(1).asString()).isEqualTo("eu");
		assertThat(feed.get("items")).hasSize(2);

		JsonNode last = JsonMapper.builder()
			.build()
			.readTree(get(feed.get("next_url").asString().substring(BASE.length())).getResponseBody());
		assertThat(last.has("next_url")).isFalse();
		assertThat(last.get("items").get(0).get("id").asString()).isEqualTo("urn:newsroom:person:p1");
	}

	@Test
	void filtersByTypeAndTagAsTheApiDoesAndNamesThemInTheTitle() throws Exception {
		SyndFeed events = parse(get("/feed.rss?type=event").getResponseBody());
		assertThat(events.getTitle()).isEqualTo("Newsroom – seneste nyt: arrangementer");
		assertThat(events.getEntries()).extracting(SyndEntry::getUri).containsExactly("urn:newsroom:event:e1");

		SyndFeed tagged = parse(get("/feed.atom?tag=EU").getResponseBody());
		assertThat(tagged.getTitle()).isEqualTo("Newsroom – seneste nyt: emne eu");
		assertThat(tagged.getEntries()).extracting(SyndEntry::getUri)
			.containsExactly("urn:newsroom:article:a1", "urn:newsroom:person:p1");

		JsonNode people = JsonMapper.builder()
			.build()
			.readTree(get("/feed.json?type=person&type=article&section=sikkerhed").getResponseBody());
		assertThat(people.get("title").asString())
			.isEqualTo("Newsroom – seneste nyt: artikler, navnenyt · sektion sikkerhed");
		assertThat(people.get("items")).hasSize(1);
	}

	@Test
	void xmlIsWellFormedUtf8() throws Exception {
		for (String path : List.of("/feed.rss", "/feed.atom")) {
			byte[] body = get(path).getResponseBody();
			String text = new String(body, StandardCharsets.UTF_8);
			assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
			assertThat(text).contains("æ, ø og å i Århus");
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
			assertThat(document.getXmlEncoding()).isEqualTo("UTF-8");
		}
	}

	@Test
	void answersTheSameETagTwiceAndA304WithoutBodyOnIfNoneMatch() {
		for (String path : List.of("/feed.json", "/feed.rss", "/feed.atom?type=article")) {
			EntityExchangeResult<byte[]> first = get(path);
			String etag = first.getResponseHeaders().getETag();
			assertThat(etag).startsWith("\"");
			assertThat(first.getResponseHeaders().getCacheControl()).isEqualTo("max-age=10, public");
			assertThat(get(path).getResponseHeaders().getETag()).isEqualTo(etag);

			this.client.get()
				.uri(path)
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.NOT_MODIFIED)
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, etag)
				.expectHeader()
				.valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=10, public")
				.expectBody()
				.isEmpty();
		}
	}

	@Test
	void theETagDiffersPerFormatQueryAndHost() {
		assertThat(List.of(etag("/feed.json"), etag("/feed.rss"), etag("/feed.atom"), etag("/feed.rss?limit=1"),
				etag("http://localhost:8080/feed.rss")))
			.doesNotHaveDuplicates();
	}

	@Test
	void theETagChangesWhenAnItemChangesOrAScheduledItemBecomesDue() {
		String before = etag("/feed.rss");
		apply(FeedItems.article("a2", NOW.minusSeconds(60), 1));
		String added = etag("/feed.rss");
		assertThat(added).isNotEqualTo(before);

		apply(FeedItems.article("a2", NOW.minusSeconds(60), 2));
		String edited = etag("/feed.rss");
		assertThat(edited).isNotEqualTo(added);

		apply(FeedItems.article("later", NOW.plusSeconds(30), 1));
		assertThat(etag("/feed.rss")).isEqualTo(edited);
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(etag("/feed.rss")).isNotEqualTo(edited);
	}

	@Test
	void anItemOutsideTheFilterLeavesTheETagAlone() {
		String events = etag("/feed.atom?type=event");
		apply(FeedItems.article("a3", NOW.minusSeconds(5), 1));
		assertThat(etag("/feed.atom?type=event")).isEqualTo(events);
	}

	private void apply(FeedItem item) {
		this.projection.apply(FeedChange.listed(item));
	}

	private String etag(String uri) {
		String etag = get(uri).getResponseHeaders().getETag();
		assertThat(etag).isNotNull();
		return etag;
	}

	private EntityExchangeResult<byte[]> get(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult();
	}

	static SyndFeed parse(byte[] body) throws Exception {
		return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
	}

	static Map<String, String> links(SyndFeed feed) {
		return feed.getLinks().stream().collect(java.util.stream.Collectors.toMap(SyndLink::getRel, SyndLink::getHref));
	}

	static Map<String, String> atomLinks(List<Element> markup) {
		return markup.stream()
			.filter((element) -> "link".equals(element.getName())
					&& "http://www.w3.org/2005/Atom".equals(element.getNamespaceURI()))
			.collect(java.util.stream.Collectors.toMap((element) -> element.getAttributeValue("rel"),
					(element) -> element.getAttributeValue("href")));
	}

}
