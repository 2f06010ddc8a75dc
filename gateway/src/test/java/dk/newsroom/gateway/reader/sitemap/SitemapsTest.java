package dk.newsroom.gateway.reader.sitemap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedHorizon;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.ResourceRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sitemaps list, from a projection of known items: the split into files of at
 * most N URLs (N made small here; 50 000 in the gateway), what is never listed, the news
 * window, and the documents as a search engine parses them.
 */
class SitemapsTest {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private static final String BASE = "https://newsroom.dk";

	private final MutableClock clock = new MutableClock(NOW);

	private final FeedVisibility visibility = new FeedVisibility(this.clock);

	private final FeedProjection projection = new FeedProjection(this.visibility, FeedItems.SERIALIZER,
			FeedHorizon.UNBOUNDED);

	/** Three URLs per file, the news of the last 48 hours, at most four of them. */
	private final Sitemaps sitemaps = new Sitemaps(this.projection, this.visibility, 3, Duration.ofHours(48), 4);

	@Test
	void splitsATypeIntoFilesOfAtMostTheLimitAndTheIndexListsEveryPart() {
		for (int i = 1; i <= 7; i++) {
			// Published long ago (no news), edited i hours ago.
			apply(item(ContentType.ARTICLE, "a" + i, NOW.minus(Duration.ofDays(10 + i)),
					NOW.minus(Duration.ofHours(i))));
		}

		assertThat(ids(SitemapFile.of(ContentType.ARTICLE, 1))).containsExactly("a1", "a2", "a3");
		assertThat(ids(SitemapFile.of(ContentType.ARTICLE, 2))).containsExactly("a4", "a5", "a6");
		assertThat(ids(SitemapFile.of(ContentType.ARTICLE, 3))).containsExactly("a7");
		assertThat(this.sitemaps.file(SitemapFile.of(ContentType.ARTICLE, 4))).isNull();

		SitemapIndex index = this.sitemaps.index();
		assertThat(index.entries()).extracting((entry) -> entry.file().name())
			.containsExactly("artikler", "artikler-2", "artikler-3");
		// Each part's newest change: a1 (edited 1 h ago), a4 (4 h ago), a7 (7 h ago).
		assertThat(index.entries()).extracting(SitemapIndex.Entry::lastModified)
			.containsExactly(NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(4)),
					NOW.minus(Duration.ofHours(7)));
		assertThat(index.lastModified()).isEqualTo(NOW.minus(Duration.ofHours(1)));

		Map<String, Instant> listed = SitemapXml.index(SitemapXml.parse(SitemapWriter.index(index, BASE)));
		assertThat(listed).containsOnlyKeys(BASE + "/sitemaps/artikler.xml", BASE + "/sitemaps/artikler-2.xml",
				BASE + "/sitemaps/artikler-3.xml");
		assertThat(listed.get(BASE + "/sitemaps/artikler-2.xml")).isEqualTo(NOW.minus(Duration.ofHours(4)));

		Sitemap second = this.sitemaps.file(SitemapFile.of(ContentType.ARTICLE, 2));
		Map<String, SitemapXml.Url> urls = SitemapXml.urls(SitemapXml.parse(SitemapWriter.urls(second, BASE)));
		assertThat(urls).containsOnlyKeys(BASE + "/artikler/slug-a4", BASE + "/artikler/slug-a5",
				BASE + "/artikler/slug-a6");
		assertThat(urls.get(BASE + "/artikler/slug-a5").lastmod()).isEqualTo(NOW.minus(Duration.ofHours(5)));
		assertThat(second.lastModified()).isEqualTo(NOW.minus(Duration.ofHours(4)));
	}

	@Test
	void aNewItemMovesTheOldestOfAFullPartIntoTheNext() {
		for (int i = 1; i <= 3; i++) {
			apply(item(ContentType.ARTICLE, "a" + i, NOW.minus(Duration.ofDays(i)), NOW.minus(Duration.ofDays(i))));
		}
		assertThat(this.sitemaps.file(SitemapFile.of(ContentType.ARTICLE, 2))).isNull();
		String etag = this.sitemaps.file(SitemapFile.of(ContentType.ARTICLE, 1)).etag(BASE);

		apply(item(ContentType.ARTICLE, "new", NOW.minusSeconds(60), NOW.minusSeconds(60)));

		assertThat(ids(SitemapFile.of(ContentType.ARTICLE, 1))).containsExactly("new", "a1", "a2");
		assertThat(ids(SitemapFile.of(ContentType.ARTICLE, 2))).containsExactly("a3");
		assertThat(this.sitemaps.file(SitemapFile.of(ContentType.ARTICLE, 1)).etag(BASE)).isNotEqualTo(etag);
		assertThat(this.sitemaps.index().entries()).extracting((entry) -> entry.file().path())
			.containsExactly("/sitemaps/artikler.xml", "/sitemaps/artikler-2.xml", "/sitemaps/nyheder.xml");
	}

	@Test
	void listsNothingScheduledUnpublishedOrDeletedAndNoTypeWithoutPages() {
		apply(item(ContentType.ARTICLE, "shown", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(3))));
		apply(item(ContentType.ARTICLE, "scheduled", NOW.plus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(1))));
		apply(item(ContentType.ARTICLE, "withdrawn", NOW.minus(Duration.ofDays(4)), NOW.minus(Duration.ofDays(4))));
		this.projection.apply(FeedChange.unlisted(new ResourceRef(ContentType.ARTICLE, "withdrawn"), 2));
		apply(item(ContentType.ARTICLE, "deleted", NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(5))));
		this.projection.apply(new FeedChange(new ResourceRef(ContentType.ARTICLE, "deleted"), 2, null));
		apply(item(ContentType.PODCAST, "episode", NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(1))));

		assertThat(ids(SitemapFile.of(ContentType.ARTICLE, 1))).containsExactly("shown");
		assertThat(this.sitemaps.index().entries()).extracting((entry) -> entry.file().name())
			.containsExactly("artikler");

		// The scheduled article appears when its time comes, with no new record.
		this.clock.advance(Duration.ofHours(2));
		assertThat(ids(SitemapFile.of(ContentType.ARTICLE, 1))).containsExactly("scheduled", "shown");
		assertThat(ids(SitemapFile.NEWS)).containsExactly("scheduled");
		// A part's newest change is when the scheduled one became due, after its last
		// edit.
		assertThat(this.sitemaps.index().entries().get(0).lastModified()).isEqualTo(NOW.plus(Duration.ofHours(1)));
	}

	@Test
	void aTypeWithoutItemsHasAnEmptyFirstFileAndIsLeftOutOfTheIndex() {
		Sitemap events = this.sitemaps.file(SitemapFile.of(ContentType.EVENT, 1));

		assertThat(events.items()).isEmpty();
		assertThat(events.lastModified()).isNull();
		assertThat(new String(SitemapWriter.urls(events, BASE), StandardCharsets.UTF_8))
			.contains("<urlset xmlns=\"" + SitemapXml.SITEMAP_NS + "\"");
		assertThat(this.sitemaps.file(SitemapFile.of(ContentType.EVENT, 2))).isNull();
		assertThat(this.sitemaps.index().entries()).isEmpty();
	}

	@Test
	void theNewsAreTheArticlesAndNoticesOfTheLastTwoDaysNewestFirstUpToTheLimit() {
		apply(item(ContentType.ARTICLE, "a-1h", NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(1))));
		apply(item(ContentType.PERSON, "p-2h", NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(2))));
		apply(item(ContentType.EVENT, "e-1h", NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(1))));
		apply(item(ContentType.ARTICLE, "a-3h", NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(3))));
		apply(item(ContentType.PERSON, "p-47h", NOW.minus(Duration.ofHours(47)), NOW.minus(Duration.ofHours(47))));
		apply(item(ContentType.ARTICLE, "a-3d", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(3))));

		assertThat(ids(SitemapFile.NEWS)).containsExactly("a-1h", "p-2h", "a-3h", "p-47h");

		apply(item(ContentType.PERSON, "p-now", NOW, NOW));
		assertThat(ids(SitemapFile.NEWS)).containsExactly("p-now", "a-1h", "p-2h", "a-3h");

		Map<String, SitemapXml.Url> news = SitemapXml
			.urls(SitemapXml.parse(SitemapWriter.news(this.sitemaps.file(SitemapFile.NEWS), BASE)));
		SitemapXml.News notice = news.get(BASE + "/navnenyt/slug-p-2h").news();
		assertThat(notice.name()).isEqualTo("Newsroom");
		assertThat(notice.language()).isEqualTo("da");
		assertThat(notice.publicationDate()).isEqualTo(NOW.minus(Duration.ofHours(2)));
		assertThat(notice.title()).isEqualTo("Overskrift p-2h");
	}

	@Test
	void writesEveryTextEscapedAndLeavesOutWhatXmlCannotCarry() {
		FeedItem tricky = new FeedItem(ContentType.ARTICLE, "x", "r&d-<1>",
				"Ærø & Øresund <nu> \"citat\" ]]> \u0001slut", null, null, List.of(), null, NOW.minusSeconds(60),
				NOW.minusSeconds(60), 1, "/api/articles/x");
		apply(tricky);

		byte[] xml = SitemapWriter.news(this.sitemaps.file(SitemapFile.NEWS), BASE);

		String text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("Ærø &amp; Øresund &lt;nu&gt;")
			.doesNotContain("\u0001");
		SitemapXml.Url url = SitemapXml.urls(SitemapXml.parse(xml)).values().iterator().next();
		assertThat(url.loc()).isEqualTo(BASE + "/artikler/r&d-%3C1%3E");
		assertThat(url.news().title()).isEqualTo("Ærø & Øresund <nu> \"citat\" ]]> slut");
	}

	@Test
	void namesEachFileOnce() {
		assertThat(SitemapFile.parse("artikler")).isEqualTo(SitemapFile.of(ContentType.ARTICLE, 1));
		assertThat(SitemapFile.parse("arrangementer-2")).isEqualTo(SitemapFile.of(ContentType.EVENT, 2));
		assertThat(SitemapFile.parse("navnenyt")).isEqualTo(SitemapFile.of(ContentType.PERSON, 1));
		assertThat(SitemapFile.parse("nyheder")).isEqualTo(SitemapFile.NEWS);
		assertThat(SitemapFile.of(ContentType.ARTICLE, 12).path()).isEqualTo("/sitemaps/artikler-12.xml");
		for (String none : List.of("artikler-1", "artikler-02", "artikler-", "artikler-x", "artikler-9999999",
				"podcast", "sitemap", "")) {
			assertThat(SitemapFile.parse(none)).as(none).isNull();
		}
	}

	@Test
	void robotsTxtKeepsCrawlersOutOfTheApiAndNamesTheIndex() {
		assertThat(SitemapController.robots(BASE).lines()).containsExactly("User-agent: *", "Disallow: /api/",
				"Disallow: /actuator", "", "Sitemap: https://newsroom.dk/sitemap.xml");
	}

	private List<String> ids(SitemapFile file) {
		return this.sitemaps.file(file).items().stream().map(FeedItem::id).toList();
	}

	private void apply(FeedItem item) {
		this.projection.apply(FeedChange.listed(item));
	}

	private static FeedItem item(ContentType type, String id, Instant publishedAt, Instant updatedAt) {
		return new FeedItem(type, id, "slug-" + id, "Overskrift " + id, null, null, List.of(), null, publishedAt,
				updatedAt, 1, "/api/" + type.wireName() + "/" + id);
	}

}
