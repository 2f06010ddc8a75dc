package dk.newsroom.gateway.search.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.reader.item.SiteContent;
import dk.newsroom.gateway.search.SearchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dk.newsroom.gateway.search.SearchFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search on an index in memory: what Danish text finds what, the order, snippets,
 * facets, filters, visibility and pages.
 */
class SearcherTest {

	static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	private final SearchFixture search = new SearchFixture(NOW);

	@AfterEach
	void close() throws Exception {
		this.search.close();
	}

	private void article(String id, String headline, String lead, String body, Duration age) {
		Map<String, Object> json = SiteContent.article(id, NOW.minus(age), 1);
		json.put("headline", headline);
		json.put("lead", lead);
		json.put("body", body);
		json.put("tags", List.of("test"));
		this.search.publish(ContentType.ARTICLE, json);
	}

	@Test
	void findsInflectionsCompoundPartsAndAsciiSpellings() {
		article("a1", "Cybersikkerhed i kommunerne halter", "Tilsynet er kritisk.", "<p>Mange mangler planer.</p>",
				Duration.ofDays(1));
		article("a2", "Nye datacentre ved Aabenraa", "Vandkøling fra fjorden.", "<p>Byggeriet starter.</p>",
				Duration.ofDays(2));
		article("a3", "Søren Ødegård bliver direktør", "Han kommer fra Netcompany.", "<p>Tiltræder 1. januar.</p>",
				Duration.ofDays(3));
		this.search.refresh();

		assertThat(ids(this.search.search("kommune"))).containsExactly("a1");
		assertThat(ids(this.search.search("sikkerhed"))).containsExactly("a1");
		assertThat(ids(this.search.search("datacenter"))).containsExactly("a2");
		assertThat(ids(this.search.search("Åbenrå"))).containsExactly("a2");
		assertThat(ids(this.search.search("soeren oedegaard"))).containsExactly("a3");
		assertThat(ids(this.search.search("kommune vandkøling"))).as("every word must match").isEmpty();
	}

	@Test
	void aTitleMatchRanksAboveALeadMatchAboveABodyMatch() {
		article("body", "Nyt om drift", "En opdatering.", "<p>Ransomware ramte leverandøren.</p>", Duration.ofDays(1));
		article("lead", "Nyt om beredskab", "Ransomware ramte en region.", "<p>Intet andet.</p>", Duration.ofDays(1));
		article("title", "Ransomware ramte kommune", "En opdatering.", "<p>Intet andet.</p>", Duration.ofDays(1));
		this.search.refresh();

		assertThat(ids(this.search.search("ransomware"))).containsExactly("title", "lead", "body");
	}

	@Test
	void aNewerItemRanksAboveAnOlderEqualMatchButNotAboveABetterOne() {
		article("old", "Ransomware i regionen", "", "<p>Tekst.</p>", Duration.ofDays(400));
		article("new", "Ransomware i regionen", "", "<p>Tekst.</p>", Duration.ofHours(1));
		article("older-title", "Ransomware lammede kommunen", "", "<p>Tekst.</p>", Duration.ofDays(60));
		article("new-body", "Ugens nyheder", "", "<p>Også om ransomware.</p>", Duration.ofHours(1));
		this.search.refresh();

		List<String> ids = ids(this.search.search("ransomware"));
		assertThat(ids.indexOf("new")).isLessThan(ids.indexOf("old"));
		assertThat(ids.indexOf("older-title")).isLessThan(ids.indexOf("new-body"));
		assertThat(RecencyBoostQuery.factor(0)).isEqualTo(1.5);
		assertThat(RecencyBoostQuery.factor(Duration.ofDays(30).toMillis())).isEqualTo(1.25);
	}

	@Test
	void aTypoInALongWordIsForgivenButAnExactMatchRanksFirst() {
		article("exact", "Cybersikkerhed for begyndere", "", "<p>.</p>", Duration.ofDays(10));
		article("other", "Regionerne investerer", "", "<p>.</p>", Duration.ofDays(1));
		this.search.refresh();

		assertThat(ids(this.search.search("cybersikkerhd"))).containsExactly("exact");
		assertThat(ids(this.search.search("regionrne"))).containsExactly("other");
		// Short words get no typo tolerance: "drit" must not find "drift".
		article("drift", "Drift og vedligehold", "", "<p>.</p>", Duration.ofDays(1));
		this.search.refresh();
		assertThat(ids(this.search.search("drit"))).isEmpty();
	}

	@Test
	void aPhraseMatchesItsWordsInOrder() {
		article("in-order", "Kunstig intelligens i sundhedsvæsenet", "", "<p>.</p>", Duration.ofDays(1));
		article("apart", "Intelligens er ikke kunstig", "", "<p>.</p>", Duration.ofDays(1));
		this.search.refresh();

		assertThat(ids(this.search.search("\"kunstig intelligens\""))).containsExactly("in-order");
		assertThat(ids(this.search.search("kunstig intelligens"))).containsExactlyInAnyOrder("in-order", "apart");
	}

	@Test
	void theSnippetMarksTheMatchAndEscapesTheRest() {
		article("a1", "Overskrift", "Kort resumé.",
				"<p>Angrebet &lt;script&gt;alert(1)&lt;/script&gt; ramte kommunernes systemer &amp; data.</p>",
				Duration.ofDays(1));
		this.search.refresh();

		String snippet = this.search.search("kommune").hits().get(0).snippet();
		assertThat(snippet).contains("<mark>kommunernes</mark>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>")
			.contains("&amp;");
		// Without a match in lead or body, the snippet is the lead's start.
		assertThat(this.search.search("overskrift").hits().get(0).snippet()).startsWith("Kort resumé.");
	}

	@Test
	void facetsCountEveryMatchAndFiltersNarrow() {
		for (int i = 0; i < 3; i++) {
			article("a" + i, "Sikkerhed nummer " + i, "", "<p>.</p>", Duration.ofDays(i + 1));
		}
		Map<String, Object> event = SiteContent.event("e1", NOW.plus(Duration.ofDays(30)), "SCHEDULED", 1);
		event.put("title", "Sikkerhedsdagen i Aarhus");
		Map<String, Object> venue = new LinkedHashMap<>();
		venue.put("name", "Godsbanen");
		venue.put("city", "Aarhus C");
		event.put("venue", venue);
		this.search.publish(ContentType.EVENT, event);
		this.search.refresh();

		SearchResults all = this.search.search("q", "sikkerhed", "limit", "2");
		assertThat(all.total()).isEqualTo(4);
		assertThat(all.hits()).hasSize(2);
		assertThat(all.facets().get("type")).containsExactly(new SearchResults.FacetCount("article", 3),
				new SearchResults.FacetCount("event", 1));
		assertThat(all.facets().get("section")).containsExactly(new SearchResults.FacetCount("Sikkerhed", 3));
		assertThat(all.facets().get("track")).containsExactly(new SearchResults.FacetCount("Sikkerhed", 1));
		assertThat(all.facets().get("tag")).contains(new SearchResults.FacetCount("test", 3));

		assertThat(ids(this.search.search("q", "sikkerhed", "type", "event"))).containsExactly("e1");
		assertThat(ids(this.search.search("q", "sikkerhed", "city", "aarhus c"))).containsExactly("e1");
		assertThat(ids(this.search.search("q", "godsbanen"))).containsExactly("e1");
		assertThat(ids(this.search.search("q", "sikkerhed", "section", "SIKKERHED"))).hasSize(3);
		assertThat(ids(this.search.search("q", "sikkerhed", "from", "2026-12-20"))).containsExactly("e1");
		assertThat(ids(this.search.search("q", "sikkerhed", "to", "2026-12-03", "sort", "newest")))
			.containsExactly("a1", "a2");
	}

	@Test
	void onlyVisibleItemsAreFoundAndAWithdrawalOrDeletionTakesThemOut() {
		article("now", "Ransomware nu", "", "<p>.</p>", Duration.ZERO);
		Map<String, Object> later = SiteContent.article("later", NOW.plus(Duration.ofHours(1)), 1);
		later.put("headline", "Ransomware senere");
		this.search.publish(ContentType.ARTICLE, later);
		this.search.refresh();
		assertThat(ids(this.search.search("ransomware"))).containsExactly("now");

		this.search.clock().advance(Duration.ofHours(1));
		assertThat(ids(this.search.search("ransomware"))).containsExactlyInAnyOrder("now", "later");

		Map<String, Object> withdrawn = SiteContent.article("now", NOW, 2);
		withdrawn.put("status", "WITHDRAWN");
		this.search.publish(ContentType.ARTICLE, withdrawn);
		this.search.delete(ContentType.ARTICLE, "later", 2);
		this.search.refresh();
		assertThat(ids(this.search.search("ransomware"))).isEmpty();
	}

	@Test
	void anOlderOrEqualVersionChangesNothing() {
		Map<String, Object> v2 = SiteContent.article("a1", NOW.minus(Duration.ofHours(1)), 2);
		v2.put("headline", "Ransomware version to");
		this.search.publish(ContentType.ARTICLE, v2);
		Map<String, Object> v1 = SiteContent.article("a1", NOW.minus(Duration.ofHours(1)), 1);
		v1.put("headline", "Ransomware version en");
		this.search.publish(ContentType.ARTICLE, v1);
		this.search.delete(ContentType.ARTICLE, "a1", 2);
		this.search.refresh();

		assertThat(ids(this.search.search("ransomware"))).containsExactly("a1");
		assertThat(SearchFixture.item(this.search.search("ransomware").hits().get(0)).get("version").asLong())
			.isEqualTo(2);
	}

	@Test
	void pagesFollowEachOtherWithoutGapsOrRepeatsInBothOrders() {
		for (int i = 0; i < 23; i++) {
			String words = (i % 3 == 0) ? "Ransomware ransomware angreb" : "Ransomware angreb";
			article("a" + i, words + " " + i, "", "<p>.</p>", Duration.ofHours(i * 7L));
		}
		this.search.refresh();
		for (String sort : new String[] { "relevance", "newest" }) {
			List<String> seen = new ArrayList<>();
			SearchRequest request = SearchRequests
				.parse(SearchRequestsTest.params("q", "ransomware", "limit", "5", "sort", sort));
			SearchResults page = this.search.search(request);
			seen.addAll(ids(page));
			while (page.next() != null) {
				request = SearchRequests.parse(SearchRequestsTest.params("q", "ransomware", "limit", "5", "sort", sort,
						"cursor", page.next().encode()));
				page = this.search.search(request);
				seen.addAll(ids(page));
			}
			Set<String> unique = new HashSet<>(seen);
			assertThat(seen).as(sort).hasSize(23);
			assertThat(unique).as(sort).hasSize(23);
		}
		List<String> newest = ids(this.search.search("q", "ransomware", "limit", "3", "sort", "newest"));
		assertThat(newest).containsExactly("a0", "a1", "a2");
	}

	@Test
	void stopWordsAloneFindNothing() {
		article("a1", "Det er nu", "", "<p>og i på</p>", Duration.ofDays(1));
		this.search.refresh();

		assertThat(this.search.search("og i på det").total()).isZero();
	}

}
