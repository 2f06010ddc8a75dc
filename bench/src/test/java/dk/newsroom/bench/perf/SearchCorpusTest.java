package dk.newsroom.bench.perf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dk.newsroom.bench.perf.Bootstrap.FeedRecords;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search measure's items and queries: the same for the same seed, records the
 * services' shape, queries of the kinds the measure promises.
 */
class SearchCorpusTest {

	private final SearchCorpus corpus = SearchCorpus.load(17);

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theSameItemEveryTime() {
		for (FeedRecords.Type type : FeedRecords.Type.values()) {
			String id = FeedRecords.id(type, 42);
			assertThat(this.corpus.text(type, 42, id)).isEqualTo(SearchCorpus.load(17).text(type, 42, id));
			assertThat(this.corpus.text(type, 42, id)).isNotEqualTo(this.corpus.text(type, 43, id));
		}
	}

	@Test
	void articlesHaveTheLengthsOfNews() {
		for (int i = 0; i < 200; i++) {
			String id = FeedRecords.id(FeedRecords.Type.ARTICLE, i);
			FeedRecords.ArticleText article = (FeedRecords.ArticleText) this.corpus.text(FeedRecords.Type.ARTICLE, i,
					id);
			assertThat(words(article.headline())).isBetween(6, 10);
			assertThat(words(article.lead())).isBetween(18, 24);
			assertThat(words(article.body().replaceAll("<[^>]+>", " "))).isBetween(70, 90);
			assertThat(article.body().split("<p>")).hasSizeBetween(3, 5);
		}
	}

	@Test
	void recordsAreJsonOfTheServicesShape() {
		for (FeedRecords.Type type : FeedRecords.Type.values()) {
			String id = FeedRecords.id(type, 7);
			JsonNode record = this.json.readTree(new String(
					FeedRecords.value(id, Instant.parse("2026-11-26T12:00:00Z"), this.corpus.text(type, 7, id)),
					StandardCharsets.UTF_8));
			JsonNode fixed = this.json.readTree(new String(
					FeedRecords.value(id, Instant.parse("2026-11-26T12:00:00Z"), FeedRecords.fixed(type, 7, id)),
					StandardCharsets.UTF_8));
			assertThat(fields(record)).isEqualTo(fields(fixed));
			assertThat(record.path("id").asString()).isEqualTo(id);
			assertThat(record.path("slug").asString()).matches("[a-z0-9-]+-" + id);
		}
	}

	@Test
	void atLeastTwoHundredDistinctQueriesOfEveryKind() {
		List<String> queries = this.corpus.queries(240);
		assertThat(queries).hasSize(240).doesNotHaveDuplicates();
		assertThat(queries).isEqualTo(SearchCorpus.load(17).queries(240));
		assertThat(queries).allMatch((query) -> query.startsWith("/api/search?q=") && query.endsWith("&limit=10"));
		assertThat(queries).filteredOn((query) -> SearchCorpus.q(query).contains("\"")).hasSizeGreaterThan(10);
		assertThat(queries).filteredOn((query) -> query.contains("&type=")).hasSizeGreaterThan(10);
		assertThat(queries).filteredOn((query) -> query.contains("&section=")).hasSizeGreaterThan(10);
		assertThat(queries).filteredOn((query) -> query.contains("&sort=newest")).hasSizeGreaterThan(10);
		assertThat(queries).allMatch((query) -> SearchCorpus.q(query).split(" ").length <= 4);
		assertThat(this.corpus.vocabularySize()).isGreaterThan(500);
	}

	@Test
	void theNounsIncludeCompoundsInEveryFormOfTheirHead() {
		// 4 000 compounds, each in its head's two to four forms, beside the vocabulary's
		// own few hundred nouns.
		assertThat(this.corpus.vocabularySize()).isGreaterThan(2 * SearchCorpus.COMPOUNDS);
		assertThat(SearchCorpus.load(17).vocabularySize()).isEqualTo(this.corpus.vocabularySize());
	}

	@Test
	void aTypoIsOneEdit() {
		Random random = new Random(1);
		for (int i = 0; i < 1000; i++) {
			String typo = SearchCorpus.typo(random, "cybersikkerheden");
			assertThat(typo).isNotEqualTo("cybersikkerheden");
			assertThat(typo.length()).isBetween(15, 16);
			assertThat(typo.charAt(0)).isEqualTo('c');
		}
	}

	private static int words(String text) {
		return text.strip().split("\\s+").length;
	}

	private static Set<String> fields(JsonNode node) {
		Set<String> names = new HashSet<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
