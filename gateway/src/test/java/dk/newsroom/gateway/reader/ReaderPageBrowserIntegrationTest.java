package dk.newsroom.gateway.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader page in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs): it shows the feed, takes new
 * items from the stream without a reload, and "Vis flere" appends the next page. Skipped,
 * with a message, where Chromium or chromedriver is missing, except on CI (see
 * {@link Chromium}).
 * <p>
 * {@link #writesAScreenshot()} leaves {@code gateway/target/screenshots/reader-page.png},
 * the whole page, for a person to look at; run it alone with
 * {@code ./mvnw -pl gateway test -Dtest=ReaderPageBrowserIntegrationTest#writesAScreenshot}.
 */
@NewsroomIntegrationTest(properties = { ReaderFeed.ARTICLES_PROPERTY, ReaderFeed.EVENTS_PROPERTY,
		ReaderFeed.PEOPLE_PROPERTY, "newsroom.feed.topic-refresh-interval=200ms" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPageBrowserIntegrationTest {

	static final Path SCREENSHOT = Path.of("target", "screenshots", "reader-page.png");

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	private Chromium chromium;

	private WebDriver driver;

	@BeforeAll
	void startChromium() {
		this.chromium = Chromium.start();
		this.driver = this.chromium.driver();
	}

	@AfterAll
	void stopChromium() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@BeforeEach
	void seed() {
		ReaderFeed.seed();
		ReaderFeed.awaitListed(this.client, "reader-a01", ReaderFeed.SCRIPT_ID, "reader-e4", "reader-p3");
	}

	@Test
	void showsTheArticlesTheNextEventsAndNavnenyt() {
		open();

		List<String> articles = ids("#articles");
		assertThat(articles).hasSize(ReaderController.PAGE_SIZE).contains("reader-a01", "reader-a02");
		assertThat(articles.indexOf("reader-a01")).isLessThan(articles.indexOf("reader-a02"));
		assertThat(text(item("article", "reader-a04"))).contains("Energinet åbner for ny havvindsudbygning")
			.containsPattern("\\d{1,2}\\. \\p{L}+ \\d{4} kl\\. \\d{2}\\.\\d{2}");
		assertThat(ids("#events")).containsExactly("reader-e1", "reader-e2", "reader-e3", "reader-e4");
		assertThat(text(item("event", "reader-e2"))).contains("Udsolgt", "Aarhus C", "AI");
		assertThat(text(item("event", "reader-e3"))).contains("Aflyst", "Odense C");
		assertThat(ids("#people")).containsSubsequence("reader-p1", "reader-p2", "reader-p3");
		assertThat(text(item("person", "reader-p2"))).contains("Søren Ågaard", "Administrerende direktør", "Netcompany",
				"Forfremmelse");
		assertThat(item("article", "reader-a01").findElement(By.cssSelector("a")).getDomProperty("href"))
			.endsWith("/artikler/reader-a01");
	}

	@Test
	void anItemPublishedWhileThePageIsOpenAppearsWithoutAReload() {
		open();
		js("window.readerTestMarker = 'same page';");

		String article = "reader-live-" + System.nanoTime();
		ReaderFeed.article(article, "Breaking: Folketinget vedtager ny lov om cybersikkerhed",
				"Loven træder i kraft 1. juli.", "Sikkerhed", Instant.now());
		String person = "reader-live-p-" + System.nanoTime();
		ReaderFeed.person(person, "Åse Nørgaard", "Teknisk direktør", "Systematic", "Nyt job", Instant.now());

		wait((d) -> article.equals(firstId("#articles")) && person.equals(firstId("#people")));
		assertThat(item("article", article).getText()).contains("Breaking: Folketinget vedtager ny lov");
		assertThat(item("person", person).getText()).contains("Åse Nørgaard", "Teknisk direktør", "Systematic");
		// Built by the script from the stream's item: it links the item's page.
		assertThat(item("article", article).findElement(By.cssSelector("a")).getDomProperty("href"))
			.endsWith("/artikler/" + article);
		assertThat(js("return window.readerTestMarker;")).isEqualTo("same page");
	}

	@Test
	void whatIsPublishedBeforeTheScriptConnectsIsReplayedFromThePagesPosition() {
		// The page loads without its script (Chromium refuses to fetch it) ...
		String script = "http://localhost:" + this.port + "/reader/reader.js";
		block(script);
		String person = "reader-replay-p-" + System.nanoTime();
		try {
			this.driver.get("http://localhost:" + this.port + "/");
			assertThat(js("return document.documentElement.dataset.enhanced || null;")).isNull();
			// ... then a person is published (older than the seeded ones, so the other
			// tests' front page keeps those) ...
			ReaderFeed.person(person, "Bodil Østergård", "Driftschef", "KMD", "Nyt job",
					Instant.now().minus(Duration.ofHours(30)));
			ReaderFeed.awaitListed(this.client, person);
			assertThat(ids("#people")).doesNotContain(person);
		}
		finally {
			block();
		}
		// ... and only then does the script run and connect: from the position the page
		// was rendered at, so the stream replays what it missed.
		js("var script = document.createElement('script'); script.src = arguments[0]; document.head.appendChild(script);",
				script);

		wait((d) -> ids("#people").contains(person));
		assertThat(item("person", person).getText()).contains("Bodil Østergård", "Driftschef", "KMD");
		assertThat(ids("#people")).doesNotHaveDuplicates().containsSubsequence("reader-p3", person);
		assertThat(ids("#articles")).doesNotHaveDuplicates();
		assertThat(js("return document.documentElement.dataset.stream || null;")).isEqualTo("ready");
	}

	@Test
	void visFlereAppendsTheNextPage() {
		open();
		js("window.readerTestMarker = 'same page';");
		List<String> firstPage = ids("#articles");
		assertThat(firstPage).hasSize(ReaderController.PAGE_SIZE).doesNotContain(ReaderFeed.SCRIPT_ID);

		this.driver.findElement(By.id("vis-flere")).click();

		wait((d) -> ids("#articles").contains(ReaderFeed.SCRIPT_ID));
		assertThat(ids("#articles")).startsWith(firstPage.toArray(String[]::new)).doesNotHaveDuplicates();
		// Shown as text, not run or parsed as HTML.
		assertThat(item("article", ReaderFeed.SCRIPT_ID).findElement(By.cssSelector(".title")).getText())
			.isEqualTo(ReaderFeed.SCRIPT_TITLE);
		assertThat(js("return window.readerTestMarker;")).isEqualTo("same page");
	}

	@Test
	void writesAScreenshot() {
		open();
		assertThat(this.chromium.screenshot(SCREENSHOT)).isGreaterThan(10_000);
	}

	/** Loads the page and waits until its script is listening to the stream. */
	private void open() {
		this.driver.get("http://localhost:" + this.port + "/");
		wait((d) -> "ready".equals(js("return document.documentElement.dataset.stream || null;")));
	}

	private void block(String... urls) {
		this.chromium.block(urls);
	}

	private void wait(Function<WebDriver, Boolean> condition) {
		this.chromium.waitUntil(condition);
	}

	private Object js(String script, Object... arguments) {
		return this.chromium.js(script, arguments);
	}

	private List<String> ids(String list) {
		return this.driver.findElements(By.cssSelector(list + " > li"))
			.stream()
			.map((li) -> li.getDomAttribute("data-id"))
			.toList();
	}

	private String firstId(String list) {
		List<String> ids = ids(list);
		return ids.isEmpty() ? null : ids.get(0);
	}

	/** The element's text as written (CSS may show labels in capitals). */
	private static String text(WebElement element) {
		return element.getDomProperty("textContent").replaceAll("\\s+", " ");
	}

	private WebElement item(String type, String id) {
		return this.driver.findElement(By.cssSelector("li[data-type='" + type + "'][data-id='" + id + "']"));
	}

}
