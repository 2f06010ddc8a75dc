package dk.newsroom.gateway.reader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader page as a browser without JavaScript gets it: server-side HTML from the
 * projection, escaped, with a plain "Vis flere" link.
 */
@NewsroomIntegrationTest(properties = { ReaderFeed.ARTICLES_PROPERTY, ReaderFeed.EVENTS_PROPERTY,
		ReaderFeed.PEOPLE_PROPERTY, "newsroom.feed.topic-refresh-interval=200ms" })
class ReaderPageIntegrationTest {

	private static final Pattern DATA_ID = Pattern.compile("data-type=\"(\\w+)\" data-id=\"([^\"]+)\"");

	private static final Pattern MORE = Pattern.compile("<a id=\"vis-flere\"[^>]* href=\"([^\"]+)\"");

	@Autowired
	private WebTestClient client;

	@BeforeEach
	void seed() {
		ReaderFeed.seed();
		ReaderFeed.awaitListed(this.client, "reader-a01", ReaderFeed.SCRIPT_ID, "reader-e4", "reader-p3");
	}

	@Test
	void servesDanishHtmlInUtf8WithTheThreeSections() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/html;charset=UTF-8")
			.expectBody()
			.returnResult();
		String html = new String(result.getResponseBody(), StandardCharsets.UTF_8);

		assertThat(html).contains("<html lang=\"da\">", "Seneste nyt", "Kommende arrangementer", "Navnenyt",
				"Energinet åbner for ny havvindsudbygning i Nordsøen", "Søren Ågaard", "Line Østergaard",
				"href=\"/artikler/reader-a01\"", "/reader/reader.js", "/reader/reader.css");
		List<String> articles = ids(section(html, "id=\"articles\""), "article");
		assertThat(articles).hasSize(ReaderController.PAGE_SIZE).contains("reader-a01", "reader-a09");
		assertThat(articles.indexOf("reader-a01")).isLessThan(articles.indexOf("reader-a02"));
		// Upcoming events only, soonest first; the past one is left out.
		assertThat(ids(section(html, "id=\"events\""), "event")).containsExactly("reader-e1", "reader-e2", "reader-e3",
				"reader-e4");
		// Newest first; a test may have published a newer one.
		assertThat(ids(section(html, "id=\"people\""), "person")).containsSubsequence("reader-p1", "reader-p2",
				"reader-p3");
		assertThat(html).contains("<span class=\"badge cancelled\">Aflyst</span>",
				"<span class=\"badge sold-out\">Udsolgt</span>", "Aarhus C", "Administrerende direktør", "Netcompany",
				"Forfremmelse");
		assertThat(html).containsPattern("\\d{1,2}\\. (januar|februar|marts|april|maj|juni|juli|august|september"
				+ "|oktober|november|december) \\d{4} kl\\. \\d{2}\\.\\d{2}");
	}

	@Test
	void theNoJavaScriptMoreLinkCarriesTheCursorToTheNextPageWhereTitlesAreEscaped() {
		String first = get("/");
		Matcher more = MORE.matcher(first);
		assertThat(more.find()).as("a 'Vis flere' link").isTrue();
		String href = more.group(1).replace("&#61;", "=").replace("&amp;", "&");
		assertThat(href).matches("/\\?cursor=[A-Za-z0-9_-]+");
		assertThat(first).doesNotContain("reader-a13");

		String second = get(href);
		assertThat(ids(section(second, "id=\"articles\""), "article")).contains(ReaderFeed.SCRIPT_ID)
			.doesNotContainAnyElementsOf(ids(section(first, "id=\"articles\""), "article"));
		assertThat(second).doesNotContain("<script>alert").doesNotContain("<b>må ikke</b>");
		assertThat(second)
			.contains("Advarsel: &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; &amp; &quot;citat&quot; i æøå")
			.contains("&lt;b&gt;må ikke&lt;/b&gt;");
	}

	@Test
	void rejectsACursorItDidNotIssue() {
		this.client.get()
			.uri("/?cursor=not-a-cursor")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void servesItsStylesheetAndScript() {
		this.client.get().uri("/reader/reader.css").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/reader/reader.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((js) -> assertThat(js).contains("'/api/feed/stream'", "'?lastEventId='", "new EventSource(url)")
				.doesNotContain("innerHTML ="));
	}

	private String get(String uri) {
		byte[] body = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	/** The list that starts with the given attribute, up to its end. */
	private static String section(String html, String marker) {
		int start = html.indexOf(marker);
		assertThat(start).as(marker).isNotNegative();
		return html.substring(start, html.indexOf("</ol>", start));
	}

	private static List<String> ids(String html, String type) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = DATA_ID.matcher(html);
		while (matcher.find()) {
			if (matcher.group(1).equals(type)) {
				ids.add(matcher.group(2));
			}
		}
		return ids;
	}

}
