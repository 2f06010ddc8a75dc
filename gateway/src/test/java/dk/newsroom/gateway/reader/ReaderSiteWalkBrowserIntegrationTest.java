package dk.newsroom.gateway.reader;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's walks through the site in a real headless Chromium (see {@link Chromium}),
 * by clicking links as a reader does: front page → article → tag page → back; front page
 * → event → "Tilføj til kalender"; the header's search box → the results → an article →
 * back → the other order; and an article whose page turns into the 404 page when it is
 * withdrawn. The same Spring context as the other reader page tests.
 */
@NewsroomIntegrationTest(properties = { ReaderFeed.ARTICLES_PROPERTY, ReaderFeed.EVENTS_PROPERTY,
		ReaderFeed.PEOPLE_PROPERTY, "newsroom.feed.topic-refresh-interval=200ms" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderSiteWalkBrowserIntegrationTest {

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	private Chromium chromium;

	@BeforeAll
	void startChromium() {
		this.chromium = Chromium.start();
		this.chromium.width(1280);
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
	void frontPageToAnArticleToItsTagPageAndBack() {
		open("/");
		WebElement headline = this.chromium.driver().findElement(By.cssSelector("#articles .title a"));
		String title = headline.getText();
		headline.click();

		this.chromium.waitUntil((driver) -> driver.getCurrentUrl().contains("/artikler/"));
		String article = this.chromium.driver().getCurrentUrl();
		assertThat(text("h1")).isEqualTo(title);
		assertThat(this.chromium.driver().getTitle()).startsWith(title);

		this.chromium.driver().findElement(By.cssSelector(".tags a")).click();
		this.chromium.waitUntil((driver) -> driver.getCurrentUrl().endsWith("/emner/it"));
		assertThat(text("h1")).containsIgnoringCase("it");
		assertThat(this.chromium.driver().findElements(By.cssSelector("main a[href^='/artikler/']")))
			.extracting((link) -> link.getDomProperty("href"))
			.contains(article);

		this.chromium.driver().navigate().back();
		this.chromium.waitUntil((driver) -> driver.getCurrentUrl().equals(article));
		assertThat(text("h1")).isEqualTo(title);
		this.chromium.driver().navigate().back();
		this.chromium.waitUntil((driver) -> driver.getCurrentUrl().equals(url("/")));
		assertThat(this.chromium.driver().findElements(By.cssSelector("#articles > li"))).isNotEmpty();
	}

	@Test
	void frontPageToAnEventToItsCalendarFile() throws Exception {
		open("/");
		WebElement event = this.chromium.driver().findElement(By.cssSelector("#events .title a"));
		String title = event.getText();
		event.click();
		this.chromium.waitUntil((driver) -> driver.getCurrentUrl().contains("/arrangementer/"));
		assertThat(text("h1")).isEqualTo(title);

		WebElement addToCalendar = this.chromium.driver().findElement(By.id("tilfoej-til-kalender"));
		assertThat(addToCalendar.getText()).isEqualTo("Tilføj til kalender");
		// What the browser downloads when the link is followed.
		String ics = (String) this.chromium.asyncJs(
				"var done = arguments[arguments.length - 1]; fetch(arguments[0]).then((r) => r.text()).then(done);",
				addToCalendar.getDomProperty("href"));

		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		VEvent vevent = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(vevent.getSummary().getValue()).isEqualTo(title);
		assertThat(vevent.getUid().orElseThrow().getValue()).endsWith("@events.newsroom.dk");
	}

	@Test
	void searchBoxToTheResultsToAnArticle() {
		ReaderFeed.awaitSearchable(this.client, "/soeg?q=renter", "reader-a08");
		open("/");
		// The header's form, as a reader uses it: type, press Enter (no script involved).
		WebElement box = this.chromium.driver().findElement(By.cssSelector("header form[role=search] input[name=q]"));
		box.sendKeys("renter", Keys.ENTER);
		this.chromium.waitUntil((driver) -> driver.getCurrentUrl().equals(url("/soeg?q=renter")));
		assertThat(this.chromium.driver().getTitle()).isEqualTo("Søgning: renter – Newsroom");
		assertThat(text("#antal")).endsWith("for »renter«");
		assertThat(this.chromium.driver().findElement(By.id("soeg-q")).getDomProperty("value")).isEqualTo("renter");

		WebElement result = this.chromium.driver()
			.findElement(By.cssSelector("#resultater > li[data-id='reader-a08'] .title a"));
		String title = result.getText();
		assertThat(title).isEqualTo("Nationalbanken holder renten i ro");
		result.click();
		this.chromium.waitUntil((driver) -> driver.getCurrentUrl().endsWith("/artikler/reader-a08"));
		assertThat(text("h1")).isEqualTo(title);

		this.chromium.driver().navigate().back();
		this.chromium.waitUntil((driver) -> driver.getCurrentUrl().equals(url("/soeg?q=renter")));
		this.chromium.driver().findElement(By.id("sortering")).click();
		this.chromium.waitUntil((driver) -> driver.getCurrentUrl().equals(url("/soeg?q=renter&sort=newest")));
		assertThat(text(".sort strong")).isEqualTo("Nyeste først");
	}

	@Test
	void aWithdrawnArticlesPageTurnsIntoTheNotFoundPage() {
		String id = "reader-withdrawn-" + System.nanoTime();
		String title = "Kommunerne får nyt fælles it-beredskab";
		Instant publishedAt = Instant.now().minus(Duration.ofDays(3));
		ReaderFeed.article(id, title, "Et kort resumé.", "Sikkerhed", publishedAt);
		ReaderFeed.awaitListed(this.client, id);
		open("/artikler/" + id);
		assertThat(text("h1")).isEqualTo(title);

		ReaderFeed.article(id, title, "Et kort resumé.", "Sikkerhed", publishedAt, "WITHDRAWN", 2);

		this.chromium.waitUntil((driver) -> {
			driver.navigate().refresh();
			return "Siden findes ikke".equals(text("h1"));
		});
		assertThat(this.chromium.driver().getPageSource()).doesNotContain(title);
	}

	private void open(String path) {
		this.chromium.open(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private String text(String selector) {
		return this.chromium.driver().findElement(By.cssSelector(selector)).getText();
	}

}
