package dk.newsroom.gateway.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader site's pages checked by axe-core in a real headless Chromium (see
 * {@link Chromium} and {@link Axe}), at a desktop's and a phone's width: no violation of
 * impact serious or critical under axe's default rules (WCAG 2 A and AA included). Each
 * check also leaves a full-page screenshot,
 * {@code gateway/target/screenshots/NAME-WIDTH.png}, for a person to look at.
 * <p>
 * The same Spring context as the other reader page tests (same properties), so it is
 * started once for them all; one Chromium for the class. A page type is one more
 * {@code @ParameterizedTest} calling {@link #assertAccessible}.
 */
@NewsroomIntegrationTest(properties = { ReaderFeed.ARTICLES_PROPERTY, ReaderFeed.EVENTS_PROPERTY,
		ReaderFeed.PEOPLE_PROPERTY, "newsroom.feed.topic-refresh-interval=200ms" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPageAccessibilityIntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(ReaderPageAccessibilityIntegrationTest.class);

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The widths every page is checked at: a desktop's and a phone's. */
	static final int DESKTOP = 1280;

	static final int PHONE = 390;

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	private Chromium chromium;

	@BeforeAll
	void startChromium() {
		Axe.source();
		this.chromium = Chromium.start();
	}

	@AfterAll
	void stopChromium() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	/**
	 * A search with results (every article's lead has the word), facets and a next page
	 * (the search index has a reader of its own: {@link #seed} waits for it too).
	 */
	static final String SEARCH_WITH_RESULTS = "/soeg?q=sagen&limit=5";

	@BeforeEach
	void seed() {
		ReaderFeed.seed();
		ReaderFeed.awaitListed(this.client, "reader-a01", ReaderFeed.SCRIPT_ID, "reader-e4", "reader-p3");
		ReaderFeed.awaitSearchable(this.client, SEARCH_WITH_RESULTS, "reader-a01");
		ReaderFeed.awaitSearchable(this.client, "/soeg?q=debat&sort=newest", "reader-e1", "reader-e2", "reader-e3");
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { DESKTOP, PHONE })
	void theFrontPage(int width) {
		assertAccessible("/", "front", width);
	}

	/** A page of each type the site has, at both widths. */
	static Stream<Arguments> pages() {
		return Stream.of(DESKTOP, PHONE)
			.flatMap((width) -> Stream.of(Arguments.of("/artikler/reader-a04", "article", width),
					Arguments.of("/arrangementer/reader-e2", "event", width),
					Arguments.of("/arrangementer/reader-e3", "event-cancelled", width),
					Arguments.of("/navnenyt/reader-p2", "notice", width),
					Arguments.of("/artikler/findes-ikke", "not-found", width),
					Arguments.of("/sektioner/sikkerhed", "section", width), Arguments.of("/emner/it", "tag", width),
					Arguments.of("/arrangementer", "events", width),
					Arguments.of("/arrangementer?tidligere=1", "events-past", width),
					Arguments.of("/navnenyt", "notices", width), Arguments.of(SEARCH_WITH_RESULTS, "search", width),
					Arguments.of("/soeg?q=debat&sort=newest", "search-events", width),
					Arguments.of("/soeg", "search-empty", width),
					Arguments.of("/soeg?q=xyzzyplugh&type=event", "search-no-results", width)));
	}

	@ParameterizedTest(name = "{1} page at {2} px")
	@MethodSource("pages")
	void everyPageType(String path, String name, int width) {
		assertAccessible(path, name, width);
	}

	@Test
	void aHeadlineReachedWithTheKeyboardShowsItHasFocus() {
		this.chromium.width(DESKTOP);
		openEnhanced("/");
		Object headline = this.chromium.js("return document.querySelector('#articles .title a');");
		assertThat(headline).as("the front page's first headline link").isNotNull();
		Map<String, String> unfocused = style(headline);

		// Tab from the top of the page until the headline has the focus (the masthead's
		// links come before it).
		Actions keyboard = new Actions(this.chromium.driver());
		for (int i = 0; i < 10 && !hasFocus(headline); i++) {
			keyboard.sendKeys(Keys.TAB).perform();
		}

		assertThat(hasFocus(headline))
			.as("the first headline link has the focus after tabbing; it is on %s",
					this.chromium.js("return document.activeElement.outerHTML;"))
			.isTrue();
		Map<String, String> focused = style(headline);
		// The page's own indicator: an outline (not "none", nor "auto": the browser's
		// thin default ring, which is what is left without the page's :focus-visible
		// style), or a box shadow. Removing that style, or "outline: none", fails this.
		boolean outline = !List.of("none", "auto").contains(focused.get("outlineStyle"))
				&& !"0px".equals(focused.get("outlineWidth"));
		boolean shadow = !"none".equals(focused.get("boxShadow"));
		assertThat(outline || shadow).as("a visible focus style on the focused headline link: %s", focused).isTrue();
		assertThat(focused).as("the headline link's style with the focus, against without").isNotEqualTo(unfocused);
	}

	/**
	 * Opens the page at this path at this width, asserts axe finds no serious or critical
	 * violation, and writes {@code target/screenshots/NAME-WIDTH.png}.
	 */
	void assertAccessible(String path, String name, int width) {
		this.chromium.width(width);
		openEnhanced(path);
		long png = this.chromium.screenshot(SCREENSHOTS.resolve(name + "-" + width + ".png"));
		assertThat(png).as("the screenshot's size in bytes").isGreaterThan(10_000);

		List<Axe.Violation> violations = Axe.run(this.chromium);
		if (!violations.isEmpty()) {
			log.info("axe-core on {} at {} px:{}", path, width, Axe.describe(violations));
		}

		assertThat(Axe.seriousOrCritical(violations))
			.withFailMessage("axe-core finds serious or critical accessibility violations on %s at %d px:%s", path,
					width, Axe.describe(Axe.seriousOrCritical(violations)))
			.isEmpty();
	}

	/**
	 * Loads the page and, where it has the reader's script (which connects every page it
	 * is on to the live stream), waits until the script is listening: axe checks the page
	 * a reader sees.
	 */
	private void openEnhanced(String path) {
		this.chromium.open("http://localhost:" + this.port + path);
		this.chromium.waitUntil((d) -> Boolean.TRUE
			.equals(this.chromium.js("return !document.querySelector('script[src=\"/reader/reader.js\"]')"
					+ " || document.documentElement.dataset.stream === 'ready';")));
	}

	private boolean hasFocus(Object element) {
		return Boolean.TRUE.equals(this.chromium
			.js("return document.activeElement === arguments[0] && arguments[0].matches(':focus-visible');", element));
	}

	/** The element's computed style that shows focus. */
	@SuppressWarnings("unchecked")
	private Map<String, String> style(Object element) {
		return (Map<String, String>) this.chromium.js("""
				var s = getComputedStyle(arguments[0]);
				return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor,
					boxShadow: s.boxShadow };
				""", element);
	}

}
