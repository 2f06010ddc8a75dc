package dk.newsroom.events.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.ContentApiConformance;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events' own API: UTC times, Danish slugs, the event status; what every content
 * service shares is in {@link ContentApiConformance}.
 */
@NewsroomIntegrationTest
class EventApiIntegrationTest extends ContentApiConformance {

	EventApi api;

	@BeforeEach
	void api() {
		this.api = new EventApi(this.http);
	}

	@Override
	protected String collection() {
		return "events";
	}

	@Override
	protected String writeScope() {
		return Scopes.EVENTS_WRITE;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return EventFixtures.validEvent(tag);
	}

	@Override
	protected List<String> optionalFields() {
		return List.of("description", "venue", "registrationUrl", "organiser", "image", "tags");
	}

	@Override
	protected void change(Map<String, Object> body) {
		body.put("title", "Ny titel på arrangementet");
	}

	@Override
	protected void expectPublished(Map<String, Object> draft, WebTestClient.BodyContentSpec readBySlug) {
		readBySlug.jsonPath("$.title")
			.isEqualTo(EventFixtures.TITLE)
			.jsonPath("$.venue.city")
			.isEqualTo("København Ø")
			.jsonPath("$.publishedAt")
			.value(String.class,
					(publishedAt) -> assertThat(Instant.parse(publishedAt)).isBeforeOrEqualTo(Instant.now()));
	}

	@Test
	void createsASanitisedDescriptionDanishSlugAndUtcTimes() {
		Map<String, Object> body = EventFixtures.validEvent(EventFixtures.uniqueTag(),
				OffsetDateTime.parse("2027-03-12T09:00:00+01:00"));

		EventResponse event = this.api.create(body);

		assertThat(event.eventStatus()).isEqualTo(EventStatus.SCHEDULED);
		assertThat(event.slug()).startsWith("cybersikkerhed-i-den-offentlige-sektor-oevelser-paa-oesterbro");
		assertThat(event.description())
			.isEqualTo("<p>Hør hvordan kommunerne øver <strong>beredskab</strong> året rundt.</p>");
		assertThat(event.startsAt()).isEqualTo(Instant.parse("2027-03-12T08:00:00Z"));
		assertThat(event.endsAt()).isEqualTo(Instant.parse("2027-03-12T15:00:00Z"));
		assertThat(event.venue())
			.isEqualTo(new Venue("Nordhavn Konferencecenter", "Århusgade 88, 2100 København Ø", "København Ø"));
		assertThat(event.image().credit()).isEqualTo("Foto: Søren Ågård");
		assertThat(event.publishedAt()).isNull();
	}

	@Test
	void storesTimesInUtcWithMillisecondPrecision() {
		Map<String, Object> body = EventFixtures.validEvent(EventFixtures.uniqueTag(),
				OffsetDateTime.parse("2027-07-01T10:15:30.123456+02:00"));

		EventResponse event = this.api.create(body);

		assertThat(event.startsAt()).isEqualTo(Instant.parse("2027-07-01T08:15:30.123Z"));
		this.http.get()
			.uri("/api/events/{id}", this.api.publish(event.id()).id())
			.exchange()
			.expectBody()
			.jsonPath("$.startsAt")
			.isEqualTo("2027-07-01T08:15:30.123Z");
	}

	@Test
	void givesTheSameTitleAUniqueSlug() {
		String tag = EventFixtures.uniqueTag();
		EventResponse first = this.api.create(EventFixtures.validEvent(tag));
		EventResponse second = this.api.create(EventFixtures.validEvent(tag));

		assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith("cybersikkerhed-i-den-offentlige-sektor");
	}

	@Test
	void keepsACancelledEventVisibleAsCancelled() {
		String tag = EventFixtures.uniqueTag();
		EventResponse published = this.api.published(EventFixtures.validEvent(tag));
		Map<String, Object> cancelled = EventFixtures.validEvent(tag);
		cancelled.put("eventStatus", "CANCELLED");

		EventResponse updated = this.api.update(published, cancelled);

		assertThat(updated.eventStatus()).isEqualTo(EventStatus.CANCELLED);
		assertThat(updated.status()).hasToString("PUBLISHED");
		this.http.get()
			.uri("/api/events/{id}", published.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.eventStatus")
			.isEqualTo("CANCELLED");
		assertThat(this.api.list("/api/events?tag=" + tag).items()).singleElement()
			.satisfies((event) -> assertThat(event.eventStatus()).isEqualTo(EventStatus.CANCELLED));
	}

	@Test
	void marksAnEventSoldOutAndBackAgain() {
		String tag = EventFixtures.uniqueTag();
		EventResponse published = this.api.published(EventFixtures.validEvent(tag));
		Map<String, Object> body = EventFixtures.validEvent(tag);
		body.put("eventStatus", "SOLD_OUT");
		EventResponse soldOut = this.api.update(published, body);
		body.put("eventStatus", "SCHEDULED");

		EventResponse reopened = this.api.update(soldOut, body);

		assertThat(soldOut.eventStatus()).isEqualTo(EventStatus.SOLD_OUT);
		assertThat(reopened.eventStatus()).isEqualTo(EventStatus.SCHEDULED);
		assertThat(reopened.version()).isEqualTo(4);
	}

	@Test
	void keepsTheSlugWhenTheTitleChanges() {
		EventResponse event = this.api.create(EventFixtures.validEvent(EventFixtures.uniqueTag()));
		Map<String, Object> changed = EventFixtures.validEvent(EventFixtures.uniqueTag());
		changed.put("title", "Et helt andet navn");

		EventResponse updated = this.api.update(event, changed);

		assertThat(updated.title()).isEqualTo("Et helt andet navn");
		assertThat(updated.slug()).isEqualTo(event.slug());
		assertThat(updated.createdAt()).isEqualTo(event.createdAt());
		assertThat(updated.updatedAt()).isAfterOrEqualTo(event.updatedAt());
	}

	@Test
	void publishesAtTheRequestedTimeTruncatedToMilliseconds() {
		EventResponse event = this.api.create(EventFixtures.validEvent(EventFixtures.uniqueTag()));
		Instant at = Instant.now().plus(2, ChronoUnit.DAYS).plusNanos(987_654);

		EventResponse scheduled = this.api.publish(event.id(),
				Map.of("publishAt", at.atOffset(java.time.ZoneOffset.ofHours(1)).toString()));

		assertThat(scheduled.publishedAt()).isEqualTo(at.truncatedTo(ChronoUnit.MILLIS));
	}

}
