package dk.newsroom.articles.article;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.ContentValidationConformance;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The articles' validation rules, their URL and their rich-text body, checked as
 * {@link ContentValidationConformance} checks every content type's.
 */
@NewsroomIntegrationTest
class ArticleValidationIntegrationTest extends ContentValidationConformance {

	@Override
	protected String collection() {
		return "articles";
	}

	@Override
	protected String writeScope() {
		return Scopes.ARTICLES_WRITE;
	}

	@Override
	protected String storedCollection() {
		return ArticleDocument.COLLECTION;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return ArticleFixtures.validArticle(tag);
	}

	@Override
	protected Stream<Arguments> ownInvalidFields() {
		return Stream.of(arguments("headline missing", "headline", remove("headline")),
				arguments("headline blank", "headline", put("headline", "   ")),
				arguments("headline too long", "headline", put("headline", "x".repeat(201))),
				arguments("headline a number", "headline", put("headline", 42)),
				arguments("headline an object", "headline", put("headline", Map.of("da", "Overskrift"))),
				arguments("lead missing", "lead", remove("lead")),
				arguments("lead too long", "lead", put("lead", "x".repeat(601))),
				arguments("body missing", "body", remove("body")),
				arguments("body only a script", "body", put("body", "<script>alert('x')</script>")),
				arguments("section missing", "section", remove("section")),
				arguments("section too long", "section", put("section", "x".repeat(61))),
				arguments("image url javascript", "topImage.url", image("url", "javascript:alert(1)")),
				arguments("image url relative", "topImage.url", image("url", "/billeder/a.jpg")),
				arguments("image url data", "topImage.url", image("url", "data:image/png;base64,AAAA")),
				arguments("image url missing", "topImage.url", image("url", null)),
				arguments("image caption too long", "topImage.caption", image("caption", "x".repeat(301))),
				arguments("image a string", "topImage", put("topImage", "https://billeder.newsroom.dk/a.jpg")),
				arguments("too many authors", "authors", put("authors", Collections.nCopies(11, "Anne Holm"))),
				arguments("blank author", "authors[0]", put("authors", List.of(" "))),
				arguments("author a number", "authors[0]", put("authors", List.of(7))),
				arguments("authors a string", "authors", put("authors", "Anne Holm")),
				arguments("language not a code", "language", put("language", "dansk")),
				arguments("source too long", "source", put("source", "x".repeat(101))),
				arguments("unknown field", "subtitle", put("subtitle", "Undertitel")),
				arguments("dotted key", "topImage.url.x", put("topImage.url.x", "a")),
				arguments("nested unknown field", "topImage.owner", image("owner", "Anne")));
	}

	@Override
	protected void oversize(Map<String, Object> body) {
		body.put("body", "<p>" + "æ".repeat(600_000) + "</p>");
	}

	@Override
	protected List<String> urlFields() {
		return List.of("topImage.url");
	}

	@Override
	protected List<String> richTextFields() {
		return List.of("body");
	}

	@Test
	void acceptsTheLargestValidBodyAboveTheCodecDefault() {
		Map<String, Object> body = ArticleFixtures.validArticle("validering");
		// 99 990 three-byte characters: about 300 KB, over Boot's 256 KB default, under
		// our 512 KB.
		body.put("body", "<p>" + "€".repeat(99_990) + "</p>");

		editor().post().uri("/api/articles").bodyValue(body).exchange().expectStatus().isCreated();
	}

	private static Consumer<Map<String, Object>> image(String field, Object value) {
		return (body) -> putAt(body, "topImage." + field, value);
	}

}
