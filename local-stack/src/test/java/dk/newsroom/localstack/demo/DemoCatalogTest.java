package dk.newsroom.localstack.demo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.newsroom.localstack.app.AppTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCatalogTest {

	/** Exactly what POST /api/articles accepts; its JSON reading is strict. */
	private static final Set<String> ARTICLE_FIELDS = Set.of("headline", "lead", "body", "topImage", "section",
			"authors", "source", "language", "tags");

	private static final Set<String> IMAGE_FIELDS = Set.of("url", "caption", "credit");

	private static final Set<String> SECTIONS = Set.of("Sikkerhed", "Infrastruktur", "Cloud", "Karriere",
			"Offentlig digitalisering", "Kunstig intelligens");

	private static final Pattern DANISH_WORDS = Pattern.compile("\\b(og|i|på|det|er|en|til|at|af|med|som)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private final List<DemoItem> items = DemoCatalog.load();

	private final List<DemoItem> articles = this.items.stream()
		.filter((item) -> item.collection().equals("articles"))
		.toList();

	@Test
	void listsEveryDemoFileInTheIndex() throws IOException, URISyntaxException {
		Path folder = Path.of(getClass().getClassLoader().getResource("demo/articles").toURI());
		try (Stream<Path> files = Files.list(folder)) {
			List<String> names = files.map((file) -> file.getFileName().toString().replace(".json", "")).toList();
			assertThat(this.articles).extracting(DemoItem::name).containsExactlyInAnyOrderElementsOf(names);
		}
	}

	@Test
	void putsEveryItemInACollectionAServiceOwns() {
		assertThat(this.items).allSatisfy((item) -> assertThat(AppTable.ownerOf(item.collection())).isNotBlank());
	}

	@Test
	void hasSixToEightArticlesMostOfThemAlreadyPublished() {
		assertThat(this.articles).hasSizeBetween(6, 8);
		assertThat(this.articles).filteredOn((item) -> item.publishOffset().isNegative())
			.hasSizeGreaterThanOrEqualTo(5);
		assertThat(this.articles).filteredOn((item) -> !item.publishOffset().isNegative())
			.allSatisfy((item) -> assertThat(item.publishOffset()).isLessThanOrEqualTo(Duration.ofDays(1)));
	}

	@Test
	void publishesEachItemAtItsOwnTimeSoTheFeedHasAnOrder() {
		assertThat(this.items).extracting(DemoItem::publishOffset).doesNotHaveDuplicates();
	}

	@Test
	void hasDemoContentForEveryContentType() {
		assertThat(this.items).extracting(DemoItem::collection).contains("articles", "events", "people");
	}

	@Test
	void givesEveryArticleTheFieldsTheApiAccepts() {
		assertThat(this.articles).allSatisfy((item) -> {
			JsonNode article = item.content();
			assertThat(article.propertyNames()).as(item.key()).containsExactlyInAnyOrderElementsOf(ARTICLE_FIELDS);
			assertThat(text(article, "headline")).as(item.key()).hasSizeBetween(20, 200);
			assertThat(text(article, "lead")).as(item.key()).hasSizeBetween(60, 600);
			assertThat(text(article, "section")).as(item.key()).isIn(SECTIONS);
			assertThat(text(article, "source")).as(item.key()).isNotBlank();
			assertThat(text(article, "language")).as(item.key()).isEqualTo("da");
			assertThat(strings(article.get("authors"))).as(item.key()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
			assertThat(strings(article.get("tags"))).as(item.key())
				.hasSizeBetween(2, 20)
				.doesNotHaveDuplicates()
				.allSatisfy((tag) -> assertThat(tag).hasSizeBetween(1, 50));
		});
	}

	@Test
	void givesEveryArticleATopImageOnTheImageHost() {
		assertThat(this.articles).allSatisfy((item) -> {
			JsonNode image = item.content().get("topImage");
			assertThat(image.propertyNames()).as(item.key()).containsExactlyInAnyOrderElementsOf(IMAGE_FIELDS);
			assertThat(text(image, "url")).as(item.key())
				.matches("https://billeder\\.newsroom\\.dk/[a-z0-9/._-]+\\.jpg");
			assertThat(text(image, "caption")).as(item.key()).isNotBlank();
			assertThat(text(image, "credit")).as(item.key()).isNotBlank();
		});
	}

	@Test
	void writesEachBodyAsTwoToFourParagraphs() {
		assertThat(this.articles).allSatisfy((item) -> {
			String body = text(item.content(), "body");
			assertThat(count(body, "<p>")).as(item.key()).isBetween(2, 4).isEqualTo(count(body, "</p>"));
			assertThat(body).as(item.key()).startsWith("<p>").endsWith("</p>").doesNotContain("<script", "style=");
		});
	}

	@Test
	void writesInDanish() {
		assertThat(this.articles).allSatisfy((item) -> {
			String text = text(item.content(), "headline") + " " + text(item.content(), "lead") + " "
					+ text(item.content(), "body");
			Matcher danish = DANISH_WORDS.matcher(text);
			assertThat(danish.results().count()).as("Danish words in %s", item.key()).isGreaterThanOrEqualTo(10);
			assertThat(text).as(item.key()).containsPattern("[æøåÆØÅ]");
		});
	}

	@Test
	void givesEachArticleItsOwnHeadlineSoSlugsDoNotClash() {
		assertThat(this.articles).extracting((item) -> text(item.content(), "headline")).doesNotHaveDuplicates();
	}

	@Test
	void refusesAFileWithoutContent() {
		assertThatThrownBy(() -> DemoCatalog.parse("articles/x.json", "{\"publishOffset\":\"-PT1H\"}"))
			.hasMessageContaining("demo/articles/x.json")
			.hasMessageContaining("'content'");
	}

	@Test
	void refusesAnOffsetThatIsNotADuration() {
		assertThatThrownBy(() -> DemoCatalog.parse("articles/x.json", "{\"publishOffset\":\"i går\",\"content\":{}}"))
			.hasMessageContaining("not an ISO-8601 duration");
	}

	@Test
	void refusesUnknownFieldsAndBrokenJson() {
		assertThatThrownBy(
				() -> DemoCatalog.parse("articles/x.json", "{\"publishOffset\":\"-PT1H\",\"content\":{},\"extra\":1}"))
			.hasMessageContaining("exactly the fields");
		assertThatThrownBy(() -> DemoCatalog.parse("articles/x.json", "{\"publishOffset\":"))
			.hasMessageContaining("not valid JSON");
	}

	@Test
	void skipsCommentsAndBlankLinesInTheIndex() {
		assertThat(DemoCatalog.index("# comment\n\narticles/a.json\n  articles/b.json  \n"))
			.containsExactly("articles/a.json", "articles/b.json");
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		assertThat(value).as(field).isNotNull();
		assertThat(value.isString()).as(field + " is a string").isTrue();
		return value.stringValue();
	}

	private static List<String> strings(JsonNode array) {
		assertThat(array.isArray()).isTrue();
		return array.values().stream().map(JsonNode::stringValue).toList();
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
