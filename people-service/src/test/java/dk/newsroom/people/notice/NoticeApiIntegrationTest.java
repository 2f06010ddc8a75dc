package dk.newsroom.people.notice;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.people.announcement.DanishDates;
import dk.newsroom.people.quality.QualityWarning;
import dk.newsroom.people.quality.WarningCode;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.people.notice.NoticeFixtures.otherNotice;
import static dk.newsroom.people.notice.NoticeFixtures.person;
import static dk.newsroom.people.notice.NoticeFixtures.photo;
import static dk.newsroom.people.notice.NoticeFixtures.uniqueTag;
import static dk.newsroom.people.notice.NoticeFixtures.validNotice;
import static org.assertj.core.api.Assertions.assertThat;

@NewsroomIntegrationTest
class NoticeApiIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void createsDraftWithLocationETagSlugAndTheAnnouncement() {
		EntityExchangeResult<NoticeResponse> created = create(validNotice(uniqueTag()));

		NoticeResponse notice = created.getResponseBody();
		assertThat(created.getStatus()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/people/" + notice.id());
		assertThat(created.getResponseHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(notice.status()).hasToString("DRAFT");
		assertThat(notice.version()).isEqualTo(1);
		assertThat(notice.slug()).startsWith("mette-kjaer-soerensen-nordlys-data");
		assertThat(notice.label()).isEqualTo("Nyt job");
		assertThat(notice.announcement())
			.isEqualTo("Nordlys Data har pr. " + DanishDates.format(NoticeFixtures.EFFECTIVE)
					+ " ansat Mette Kjær Sørensen, 38 år, som seniorrådgiver. "
					+ "Hun skal især beskæftige sig med cloudsikkerhed og compliance. "
					+ "Hun kommer fra en stilling som sikkerhedsarkitekt hos Fjordnet A/S. "
					+ "Hun er uddannet cand.scient. i datalogi fra Aarhus Universitet. "
					+ "Hun har tidligere beskæftiget sig med netværk, drift og rådgivning.");
		assertThat(notice.warnings()).isEmpty();
		assertThat(notice.effectiveDate()).isEqualTo(NoticeFixtures.EFFECTIVE);
		assertThat(notice.person().photo().credit()).isEqualTo("Foto: Nordlys Data");
		assertThat(StoredDocuments.find(this.mongo, NoticeDocument.COLLECTION, notice.id()).getString("announcement"))
			.isEqualTo(notice.announcement());
	}

	@Test
	void acceptsAWriteWithWarningsAndKeepsThemOnTheResource() {
		Map<String, Object> body = validNotice(uniqueTag());
		photo(body).put("caption", "Mette Kjær Sørnsen");
		person(body).put("age", 12);
		body.put("effectiveDate", NoticeFixtures.EFFECTIVE.minusYears(3).toString());

		NoticeResponse notice = create(body).getResponseBody();

		assertThat(notice.warnings()).extracting(QualityWarning::code)
			.containsExactlyInAnyOrder(WarningCode.CAPTION_MISSPELLS_NAME, WarningCode.AGE_IMPLAUSIBLE,
					WarningCode.EFFECTIVE_DATE_LONG_AGO);
		assertThat(notice.warnings()).extracting(QualityWarning::field)
			.containsExactlyInAnyOrder("person.photo.caption", "person.age", "effectiveDate");
		assertThat(StoredDocuments.find(this.mongo, NoticeDocument.COLLECTION, notice.id())
			.getList("warnings", Object.class)).hasSize(3);

		NoticeResponse published = publish(notice.id(), Map.of());
		this.http.get()
			.uri("/api/people/{id}", notice.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.warnings[?(@.code == 'CAPTION_MISSPELLS_NAME')].message")
			.value((messages) -> assertThat(messages.toString()).contains("Sørnsen"));
		assertThat(published.warnings()).hasSize(3);
	}

	@Test
	void rendersTheAnnouncementAgainOnUpdate() {
		NoticeResponse notice = create(validNotice(uniqueTag())).getResponseBody();
		Map<String, Object> changed = validNotice(uniqueTag());
		changed.put("kind", "PROMOTION");
		changed.put("title", "chefkonsulent");
		person(changed).put("pronoun", "hen");
		photo(changed).put("caption", "Mete Sørensen");

		NoticeResponse updated = editor().put()
			.uri("/api/people/{id}", notice.id())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"")
			.expectBody(NoticeResponse.class)
			.returnResult()
			.getResponseBody();

		assertThat(updated.label()).isEqualTo("Forfremmelse");
		assertThat(updated.announcement()).contains(" udnævnt Mette Kjær Sørensen, 38 år, til chefkonsulent. Hen skal")
			.doesNotContain("Hun");
		assertThat(updated.warnings()).extracting(QualityWarning::code)
			.containsExactly(WarningCode.CAPTION_MISSPELLS_NAME);
		assertThat(updated.slug()).as("the slug never changes").isEqualTo(notice.slug());
	}

	@Test
	void givesTheSamePersonAtTheSameCompanyAUniqueSlug() {
		String tag = uniqueTag();
		NoticeResponse first = create(validNotice(tag)).getResponseBody();
		NoticeResponse second = create(validNotice(tag)).getResponseBody();

		assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith("mette-kjaer-soerensen-nordlys-data");
	}

	@Test
	void keepsDraftsAndScheduledNoticesFromAnonymousReaders() {
		NoticeResponse draft = create(validNotice(uniqueTag())).getResponseBody();
		this.http.get().uri("/api/people/{id}", draft.id()).exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/people/slug/{slug}", draft.slug()).exchange().expectStatus().isNotFound();

		publish(draft.id(), Map.of("publishAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
		this.http.get().uri("/api/people/{id}", draft.id()).exchange().expectStatus().isNotFound();
		assertThat(list("/api/people?tag=" + draft.tags().get(0)).items()).isEmpty();

		NoticeResponse published = publish(draft.id(), Map.of());
		assertThat(published.status()).hasToString("PUBLISHED");
		assertThat(published.version()).isEqualTo(3);
		this.http.get()
			.uri("/api/people/slug/{slug}", draft.slug())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"3\"")
			.expectBody()
			.jsonPath("$.person.name")
			.isEqualTo("Mette Kjær Sørensen")
			.jsonPath("$.announcement")
			.isEqualTo(draft.announcement());
	}

	@Test
	void refusesAStaleIfMatchWith412AndAMissingOneWith428() {
		NoticeResponse notice = create(validNotice(uniqueTag())).getResponseBody();
		Map<String, Object> changed = validNotice(uniqueTag());
		changed.put("title", "chefkonsulent");

		editor().put()
			.uri("/api/people/{id}", notice.id())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk();
		editor().put()
			.uri("/api/people/{id}", notice.id())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.currentVersion")
			.isEqualTo(2);
		editor().put()
			.uri("/api/people/{id}", notice.id())
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("If-Match");
		editor().post()
			.uri("/api/people/{id}/publish", notice.id())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
		editor().delete()
			.uri("/api/people/{id}", notice.id())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void listsPublishedNoticesNewestFirstInStableKeysetPages() {
		String tag = uniqueTag();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String id = create(validNotice(tag)).getResponseBody().id();
			publish(id, Map.of());
			ids.add(0, id);
		}
		create(validNotice(tag));

		ListPage first = list("/api/people?tag=" + tag + "&limit=2");
		assertThat(first.items()).extracting(NoticeResponse::id).containsExactly(ids.get(0), ids.get(1));
		String newer = create(validNotice(tag)).getResponseBody().id();
		publish(newer, Map.of());

		ListPage second = list("/api/people?tag=" + tag + "&limit=2&cursor=" + first.next());
		ListPage third = list("/api/people?tag=" + tag + "&limit=2&cursor=" + second.next());
		assertThat(second.items()).extracting(NoticeResponse::id).containsExactly(ids.get(2), ids.get(3));
		assertThat(third.items()).extracting(NoticeResponse::id).containsExactly(ids.get(4));
		assertThat(third.next()).isNull();
		assertThat(list("/api/people?tag=" + tag + "&limit=2").items()).extracting(NoticeResponse::id)
			.containsExactly(newer, ids.get(0));
	}

	@Test
	void filtersByCompanyKindAndTag() {
		String tag = uniqueTag();
		String nordlys = publish(create(validNotice(tag)).getResponseBody().id(), Map.of()).id();
		String promotion = publish(create(otherNotice(tag, "PROMOTION", "Kystkraft A/S")).getResponseBody().id(),
				Map.of())
			.id();
		String board = publish(create(otherNotice(tag, "BOARD_SEAT", "Kystkraft A/S")).getResponseBody().id(), Map.of())
			.id();
		publish(create(validNotice(uniqueTag())).getResponseBody().id(), Map.of());

		assertThat(list("/api/people?tag=" + tag).items()).extracting(NoticeResponse::id)
			.containsExactly(board, promotion, nordlys);
		assertThat(list("/api/people?tag=" + tag + "&company=Kystkraft A/S").items()).extracting(NoticeResponse::id)
			.containsExactly(board, promotion);
		assertThat(list("/api/people?tag=" + tag + "&company=kystkraft-a-s").items())
			.as("the company compares like its slug")
			.extracting(NoticeResponse::id)
			.containsExactly(board, promotion);
		assertThat(list("/api/people?tag=" + tag + "&kind=PROMOTION").items()).extracting(NoticeResponse::id)
			.containsExactly(promotion);
		assertThat(list("/api/people?tag=" + tag + "&kind=NEW_JOB&company=Nordlys Data").items())
			.extracting(NoticeResponse::id)
			.containsExactly(nordlys);
		assertThat(list("/api/people?tag=" + tag + "&kind=RETIREMENT").items()).isEmpty();
		this.http.get()
			.uri("/api/people?tag={tag}&company=Kystkraft&limit=1", tag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items")
			.isEmpty();
		this.http.get()
			.uri("/api/people?tag={tag}&company=Kystkraft A/S&limit=1", tag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.LINK,
					(link) -> assertThat(link).startsWith("</api/people?tag=" + tag)
						.contains("company=Kystkraft")
						.contains("cursor=")
						.endsWith(">; rel=\"next\""));
	}

	@Test
	void refusesToListDraftsAnonymouslyAndNamesBadParameters() {
		badParameter("/api/people?status=DRAFT", "status");
		badParameter("/api/people?kind=CEO", "kind");
		badParameter("/api/people?limit=101", "limit");
		badParameter("/api/people?limit=tyve", "limit");
		badParameter("/api/people?cursor=%%%", "cursor");
	}

	@Test
	void withdrawsAndDeletes() {
		NoticeResponse notice = create(validNotice(uniqueTag())).getResponseBody();
		editor().post()
			.uri("/api/people/{id}/withdraw", notice.id())
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
		publish(notice.id(), Map.of());
		editor().post()
			.uri("/api/people/{id}/withdraw", notice.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("WITHDRAWN");
		this.http.get().uri("/api/people/{id}", notice.id()).exchange().expectStatus().isNotFound();

		editor().delete().uri("/api/people/{id}", notice.id()).exchange().expectStatus().isNoContent();
		editor().delete().uri("/api/people/{id}", notice.id()).exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/people/not-an-id").exchange().expectStatus().isNotFound();
	}

	@Test
	void previewsTheTextLabelAndWarningsWithoutStoringAnything() {
		long before = countLive();
		Map<String, Object> body = otherNotice(uniqueTag(), "RETIREMENT", "Region Vest");
		body.put("title", "it-direktør");
		body.put("focusAreas", List.of("golf"));
		photo(body).put("caption", "Jonas Brinck");

		PreviewResponse preview = editor().post()
			.uri("/api/people/preview")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PreviewResponse.class)
			.returnResult()
			.getResponseBody();

		assertThat(preview.label()).isEqualTo("Pension");
		assertThat(preview.announcement()).startsWith("Jonas Brink, 38 år, går pr. ")
			.contains(" på pension fra stillingen som it-direktør hos Region Vest. Han er uddannet ")
			.doesNotContain("golf");
		assertThat(preview.warnings()).extracting(QualityWarning::code)
			.containsExactly(WarningCode.CAPTION_MISSPELLS_NAME, WarningCode.FIELD_NOT_SHOWN);
		assertThat(countLive()).isEqualTo(before);

		body.remove("company");
		editor().post()
			.uri("/api/people/preview")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("company");
		assertThat(countLive()).isEqualTo(before);
	}

	private void badParameter(String uri, String field) {
		this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private EntityExchangeResult<NoticeResponse> create(Map<String, Object> body) {
		return editor().post()
			.uri("/api/people")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(NoticeResponse.class)
			.returnResult();
	}

	private NoticeResponse publish(String id, Map<String, Object> body) {
		return editor().post()
			.uri("/api/people/{id}/publish", id)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(NoticeResponse.class)
			.returnResult()
			.getResponseBody();
	}

	private ListPage list(String uri) {
		return this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ListPage.class)
			.returnResult()
			.getResponseBody();
	}

	record ListPage(List<NoticeResponse> items, String next) {
	}

	/**
	 * Notices that exist; soft-deleted ones leave on their own once their tombstone is
	 * sent, so counting them would race with the relay.
	 */
	private long countLive() {
		return StoredDocuments.count(this.mongo, NoticeDocument.COLLECTION,
				new org.bson.Document("deleted", new org.bson.Document("$ne", true)));
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.PEOPLE_WRITE);
	}

}
