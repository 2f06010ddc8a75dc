package dk.newsroom.people.notice;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.ContentValidationConformance;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dk.newsroom.people.notice.NoticeFixtures.person;
import static dk.newsroom.people.notice.NoticeFixtures.photo;
import static dk.newsroom.people.notice.NoticeFixtures.validNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The notices' validation rules and their photo URL, checked as
 * {@link ContentValidationConformance} checks every content type's, and the preview that
 * validates the same body.
 */
@NewsroomIntegrationTest
class NoticeValidationIntegrationTest extends ContentValidationConformance {

	@Override
	protected String collection() {
		return "people";
	}

	@Override
	protected String writeScope() {
		return Scopes.PEOPLE_WRITE;
	}

	@Override
	protected String storedCollection() {
		return NoticeDocument.COLLECTION;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return validNotice(tag);
	}

	@Override
	protected Stream<Arguments> ownInvalidFields() {
		return Stream.of(arguments("kind missing", "kind", remove("kind")),
				arguments("kind unknown", "kind", put("kind", "CEO")),
				arguments("kind in lower case", "kind", put("kind", "new_job")),
				arguments("kind a number", "kind", put("kind", 3)),
				arguments("person missing", "person", remove("person")),
				arguments("person a string", "person", put("person", "Mette Kjær Sørensen")),
				arguments("name missing", "person.name", inPerson("name", null)),
				arguments("name blank", "person.name", inPerson("name", "  ")),
				arguments("name too long", "person.name", inPerson("name", "x".repeat(121))),
				arguments("name with a line break", "person.name", inPerson("name", "Mette\nSørensen")),
				arguments("name a number", "person.name", inPerson("name", 42)),
				arguments("age negative", "person.age", inPerson("age", -1)),
				arguments("age impossible", "person.age", inPerson("age", 131)),
				arguments("age a string", "person.age", inPerson("age", "38")),
				arguments("age a fraction", "person.age", inPerson("age", 38.5)),
				arguments("pronoun missing", "person.pronoun", inPerson("pronoun", null)),
				arguments("pronoun two words", "person.pronoun", inPerson("pronoun", "han/hun")),
				arguments("pronoun too long", "person.pronoun", inPerson("pronoun", "x".repeat(21))),
				arguments("photo a string", "person.photo", inPerson("photo", "https://billeder.newsroom.dk/a.jpg")),
				arguments("photo url missing", "person.photo.url", inPhoto("url", null)),
				arguments("photo url javascript", "person.photo.url", inPhoto("url", "javascript:alert(1)")),
				arguments("photo url relative", "person.photo.url", inPhoto("url", "/billeder/a.jpg")),
				arguments("photo caption too long", "person.photo.caption", inPhoto("caption", "x".repeat(301))),
				arguments("photo credit too long", "person.photo.credit", inPhoto("credit", "x".repeat(201))),
				arguments("company missing", "company", remove("company")),
				arguments("company blank", "company", put("company", " ")),
				arguments("company too long", "company", put("company", "x".repeat(121))),
				arguments("title missing", "title", remove("title")),
				arguments("title too long", "title", put("title", "x".repeat(151))),
				arguments("effective date missing", "effectiveDate", remove("effectiveDate")),
				arguments("effective date in Danish", "effectiveDate", put("effectiveDate", "1. november 2025")),
				arguments("effective date impossible", "effectiveDate", put("effectiveDate", "2026-02-30")),
				arguments("effective date a number", "effectiveDate", put("effectiveDate", 20251101)),
				arguments("effective date with a time", "effectiveDate", put("effectiveDate", "2025-11-01T00:00:00Z")),
				arguments("too many focus areas", "focusAreas", put("focusAreas", Collections.nCopies(11, "cloud"))),
				arguments("blank focus area", "focusAreas[0]", put("focusAreas", List.of(" "))),
				arguments("focus area too long", "focusAreas[0]", put("focusAreas", List.of("x".repeat(201)))),
				arguments("focus areas a string", "focusAreas", put("focusAreas", "cloud")),
				arguments("previous title too long", "previousPosition.title",
						put("previousPosition", Map.of("title", "x".repeat(151)))),
				arguments("previous position a string", "previousPosition", put("previousPosition", "Fjordnet")),
				arguments("education too long", "education", put("education", "x".repeat(301))),
				arguments("experience too long", "earlierExperience", put("earlierExperience", "x".repeat(601))),
				arguments("experience a list", "earlierExperience", put("earlierExperience", List.of("salg"))),
				arguments("unknown field", "headline", put("headline", "Ny chef")),
				arguments("label is not an input", "label", put("label", "Nyt job")),
				arguments("announcement is not an input", "announcement", put("announcement", "Tekst")),
				arguments("dotted key", "person.name.x", put("person.name.x", "a")),
				arguments("nested unknown field", "person.email", inPerson("email", "mette@nordlys.dk")),
				arguments("unknown photo field", "person.photo.owner", inPhoto("owner", "Anne")));
	}

	@Override
	protected void oversize(Map<String, Object> body) {
		body.put("education", "æ".repeat(40_000));
	}

	@Override
	protected List<String> urlFields() {
		return List.of("person.photo.url");
	}

	/** None: a notice is plain text (see {@link NoticeUrlAndTextIntegrationTest}). */
	@Override
	protected List<String> richTextFields() {
		return List.of();
	}

	/** The preview validates the body as the create does, and stores nothing. */
	@Override
	protected List<String> createBodyEndpoints() {
		return List.of("/api/people", "/api/people/preview");
	}

	@ParameterizedTest(name = "preview: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidPreviewNamingTheField(String rule, String field, Consumer<Map<String, Object>> spoil) {
		Map<String, Object> body = validNotice("validering");
		spoil.accept(body);

		expectProblemNaming(editor().post().uri("/api/people/preview").bodyValue(body).exchange(), field);
	}

	@Test
	void acceptsTheOptionalFieldsLeftOut() {
		Map<String, Object> body = validNotice("validering");
		for (String optional : List.of("focusAreas", "previousPosition", "education", "earlierExperience", "tags")) {
			body.remove(optional);
		}
		person(body).remove("age");
		person(body).remove("photo");

		NoticeResponse notice = editor().post()
			.uri("/api/people")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(NoticeResponse.class)
			.returnResult()
			.getResponseBody();

		assertThat(notice.announcement()).endsWith(" ansat Mette Kjær Sørensen som seniorrådgiver.");
		assertThat(notice.person().photo()).isNull();
		assertThat(notice.person().age()).isNull();
		assertThat(notice.focusAreas()).isEmpty();
		assertThat(notice.tags()).isEmpty();
		assertThat(notice.warnings()).isEmpty();
	}

	@Test
	void acceptsTheLargestValidNotice() {
		Map<String, Object> body = validNotice("validering");
		person(body).put("name", "Ø".repeat(120));
		photo(body).put("url", "https://billeder.newsroom.dk/" + "a".repeat(1960));
		photo(body).put("caption", "Ø".repeat(300));
		photo(body).put("credit", "Ø".repeat(200));
		body.put("company", "Å".repeat(120));
		body.put("title", "Æ".repeat(150));
		body.put("focusAreas", Collections.nCopies(10, "€".repeat(200)));
		body.put("previousPosition", Map.of("title", "€".repeat(150), "company", "€".repeat(120)));
		body.put("education", "€".repeat(300));
		body.put("earlierExperience", "€".repeat(600));
		body.put("tags", java.util.stream.IntStream.range(0, 20).mapToObj((i) -> i + "€".repeat(48)).toList());

		editor().post().uri("/api/people").bodyValue(body).exchange().expectStatus().isCreated();
	}

	private static Consumer<Map<String, Object>> inPerson(String field, Object value) {
		return (body) -> person(body).put(field, value);
	}

	private static Consumer<Map<String, Object>> inPhoto(String field, Object value) {
		return (body) -> photo(body).put(field, value);
	}

}
