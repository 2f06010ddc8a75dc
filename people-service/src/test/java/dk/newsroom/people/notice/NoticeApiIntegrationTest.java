package dk.newsroom.people.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.newsroom.people.announcement.DanishDates;
import dk.newsroom.people.quality.QualityWarning;
import dk.newsroom.people.quality.WarningCode;
import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.ContentApiConformance;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.people.notice.NoticeFixtures.otherNotice;
import static dk.newsroom.people.notice.NoticeFixtures.person;
import static dk.newsroom.people.notice.NoticeFixtures.photo;
import static dk.newsroom.people.notice.NoticeFixtures.uniqueTag;
import static dk.newsroom.people.notice.NoticeFixtures.validNotice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices' own API: the announcement and its warnings, slugs, filters and the
 * preview; what every content service shares is in {@link ContentApiConformance}.
 */
@NewsroomIntegrationTest
class NoticeApiIntegrationTest extends ContentApiConformance {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Override
	protected String collection() {
		return "people";
	}

	@Override
	protected String writeScope() {
		return Scopes.PEOPLE_WRITE;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return validNotice(tag);
	}

	@Override
	protected List<String> optionalFields() {
		return List.of("person.age", "person.photo", "focusAreas", "previousPosition", "education", "earlierExperience",
				"tags");
	}

	@Override
	protected void change(Map<String, Object> body) {
		body.put("title", "chefkonsulent");
	}

	@Override
	protected void expectPublished(Map<String, Object> draft, WebTestClient.BodyContentSpec readBySlug) {
		readBySlug.jsonPath("$.person.name")
			.isEqualTo("Mette Kjær Sørensen")
			.jsonPath("$.announcement")
			.isEqualTo(draft.get("announcement"));
	}

	@Override
	protected Map<String, String> moreBadListParameters() {
		return Map.of("kind=CEO", "kind");
	}

	@Test
	void createsWithSlugAndTheAnnouncement() {
		NoticeResponse notice = create(validNotice(uniqueTag()));

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

		NoticeResponse notice = create(body);

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
		NoticeResponse notice = create(validNotice(uniqueTag()));
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
		NoticeResponse first = create(validNotice(tag));
		NoticeResponse second = create(validNotice(tag));

		assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith("mette-kjaer-soerensen-nordlys-data");
	}

	@Test
	void listsPublishedNoticesNewestFirstInStableKeysetPages() {
		String tag = uniqueTag();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String id = create(validNotice(tag)).id();
			publish(id, Map.of());
			ids.add(0, id);
		}
		create(validNotice(tag));

		ListPage first = list("/api/people?tag=" + tag + "&limit=2");
		assertThat(first.items()).extracting(NoticeResponse::id).containsExactly(ids.get(0), ids.get(1));
		String newer = create(validNotice(tag)).id();
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
		String nordlys = publish(create(validNotice(tag)).id(), Map.of()).id();
		String promotion = publish(create(otherNotice(tag, "PROMOTION", "Kystkraft A/S")).id(), Map.of()).id();
		String board = publish(create(otherNotice(tag, "BOARD_SEAT", "Kystkraft A/S")).id(), Map.of()).id();
		publish(create(validNotice(uniqueTag())).id(), Map.of());

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

	private NoticeResponse create(Map<String, Object> body) {
		return editor().post()
			.uri("/api/people")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(NoticeResponse.class)
			.returnResult()
			.getResponseBody();
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

}
