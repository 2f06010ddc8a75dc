package dk.newsroom.events.event;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.ContentValidationConformance;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The events' validation rules, their URLs and their rich-text description, checked as
 * {@link ContentValidationConformance} checks every content type's; times and the
 * optional parts of an event here.
 */
@NewsroomIntegrationTest
class EventValidationIntegrationTest extends ContentValidationConformance {

	@Override
	protected String collection() {
		return "events";
	}

	@Override
	protected String writeScope() {
		return Scopes.EVENTS_WRITE;
	}

	@Override
	protected String storedCollection() {
		return EventDocument.COLLECTION;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return EventFixtures.validEvent(tag);
	}

	@Override
	protected Stream<Arguments> ownInvalidFields() {
		return Stream.of(arguments("title missing", "title", remove("title")),
				arguments("title blank", "title", put("title", "   ")),
				arguments("title too long", "title", put("title", "x".repeat(201))),
				arguments("title a number", "title", put("title", 42)),
				arguments("title an object", "title", put("title", Map.of("da", "Titel"))),
				arguments("teaser missing", "teaser", remove("teaser")),
				arguments("teaser too long", "teaser", put("teaser", "x".repeat(601))),
				arguments("description only a script", "description",
						put("description", "<script>alert('x')</script>")),
				arguments("description too long", "description", put("description", "x".repeat(100_001))),
				arguments("track missing", "track", remove("track")),
				arguments("track too long", "track", put("track", "x".repeat(61))),
				arguments("startsAt missing", "startsAt", remove("startsAt")),
				arguments("startsAt not a date", "startsAt", put("startsAt", "i morgen kl. 9")),
				arguments("startsAt without offset", "startsAt", put("startsAt", "2027-03-12T09:00:00")),
				arguments("startsAt an array", "startsAt", put("startsAt", List.of("2027-03-12T09:00:00Z"))),
				arguments("startsAt a number", "startsAt", put("startsAt", 1_804_838_400)),
				arguments("startsAt empty", "startsAt", put("startsAt", "")),
				arguments("endsAt missing", "endsAt", remove("endsAt")),
				arguments("endsAt a number", "endsAt", put("endsAt", 1_804_838_400.5)),
				arguments("endsAt before startsAt", "endsAt",
						times("2027-03-12T15:00:00+01:00", "2027-03-12T09:00:00+01:00")),
				arguments("endsAt equal to startsAt", "endsAt",
						times("2027-03-12T09:00:00+01:00", "2027-03-12T08:00:00Z")),
				arguments("registration URL not http", "registrationUrl",
						put("registrationUrl", "ftp://events.newsroom.dk/tilmelding")),
				arguments("registration URL javascript", "registrationUrl",
						put("registrationUrl", "javascript:alert(1)")),
				arguments("registration URL relative", "registrationUrl", put("registrationUrl", "/tilmelding")),
				arguments("registration URL mailto", "registrationUrl",
						put("registrationUrl", "mailto:events@newsroom.dk")),
				arguments("registration URL too long", "registrationUrl",
						put("registrationUrl", "https://events.newsroom.dk/" + "x".repeat(2000))),
				arguments("organiser too long", "organiser", put("organiser", "x".repeat(201))),
				arguments("venue a string", "venue", put("venue", "København Ø")),
				arguments("venue without name", "venue.name", venue("name", null)),
				arguments("venue without city", "venue.city", venue("city", " ")),
				arguments("venue address too long", "venue.address", venue("address", "x".repeat(301))),
				arguments("venue with unknown field", "venue.country", venue("country", "Danmark")),
				arguments("image url data", "image.url", image("url", "data:image/png;base64,AAAA")),
				arguments("image url missing", "image.url", image("url", null)),
				arguments("image caption too long", "image.caption", image("caption", "x".repeat(301))),
				arguments("event status unknown", "eventStatus", put("eventStatus", "POSTPONED")),
				arguments("event status a number", "eventStatus", put("eventStatus", 2)),
				arguments("tags a string", "tags", put("tags", "cloud")),
				arguments("unknown field", "speakers", put("speakers", List.of("Anne Holm"))),
				arguments("publication status in the body", "status", put("status", "PUBLISHED")),
				arguments("dotted key", "venue.city.x", put("venue.city.x", "a")));
	}

	@Override
	protected void oversize(Map<String, Object> body) {
		body.put("description", "<p>" + "æ".repeat(600_000) + "</p>");
	}

	@Override
	protected List<String> urlFields() {
		return List.of("registrationUrl", "image.url");
	}

	@Override
	protected List<String> richTextFields() {
		return List.of("description");
	}

	@Test
	void acceptsAMinimalEventOnlineWithoutVenueImageOrLink() {
		Map<String, Object> body = EventFixtures.validEvent(EventFixtures.uniqueTag());
		body.remove("venue");
		body.remove("image");
		body.remove("registrationUrl");
		body.remove("organiser");
		body.remove("description");
		body.remove("tags");

		EventResponse event = new EventApi(this.http).create(body);

		assertThat(event.venue()).isNull();
		assertThat(event.description()).isNull();
		assertThat(event.tags()).isEmpty();
		assertThat(event.eventStatus()).isEqualTo(EventStatus.SCHEDULED);
	}

	@Test
	void acceptsTheLargestValidBodyAboveTheCodecDefault() {
		Map<String, Object> body = EventFixtures.validEvent(EventFixtures.uniqueTag());
		// 99 990 three-byte characters: about 300 KB, over Boot's 256 KB default, under
		// the 512 KB application.yml sets.
		body.put("description", "<p>" + "€".repeat(99_990) + "</p>");

		assertThat(new EventApi(this.http).create(body).description()).hasSize(99_997);
	}

	private static Consumer<Map<String, Object>> times(String startsAt, String endsAt) {
		return (body) -> {
			body.put("startsAt", startsAt);
			body.put("endsAt", endsAt);
		};
	}

	private static Consumer<Map<String, Object>> venue(String field, Object value) {
		return (body) -> putAt(body, "venue." + field, value);
	}

	private static Consumer<Map<String, Object>> image(String field, Object value) {
		return (body) -> putAt(body, "image." + field, value);
	}

}
