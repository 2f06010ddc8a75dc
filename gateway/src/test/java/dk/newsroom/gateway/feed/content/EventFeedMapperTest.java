package dk.newsroom.gateway.feed.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedImage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EventFeedMapperTest {

	/** An event as events-service publishes it (docs/events-api.md). */
	static final String PUBLISHED_EVENT = """
			{"id":"6b0879a1c2a4b81e2f3d9a10","slug":"sikkerhedsdagen-2027","status":"PUBLISHED","eventStatus":"SCHEDULED",
			"title":"Sikkerhedsdagen 2027","teaser":"En dag om trusler mod den offentlige sektor.",
			"description":"<p>Program følger.</p>","track":"Sikkerhed",
			"venue":{"name":"Tapetfabrikken","address":"Sønder Boulevard 3","city":"København Ø"},
			"startsAt":"2027-03-12T08:00:00Z","endsAt":"2027-03-12T15:30:00Z",
			"registrationUrl":"https://events.newsroom.dk/tilmeld/sikkerhedsdagen","organiser":"Newsroom Events",
			"image":{"url":"https://billeder.newsroom.dk/sikkerhed.jpg","caption":"Sidste års konference","credit":"Foto: Jens Bøgh"},
			"tags":["sikkerhed"],"publishedAt":"2026-11-20T09:00:00Z","createdAt":"2026-11-20T08:00:00Z",
			"updatedAt":"2026-11-20T09:00:00Z","version":4}
			""";

	private final EventFeedMapper mapper = new EventFeedMapper(JsonMapper.builder().build());

	@Test
	void mapsAPublishedEventWithWhenAndWhere() {
		MappedResource mapped = this.mapper.map("6b0879a1c2a4b81e2f3d9a10", bytes(PUBLISHED_EVENT));

		assertThat(mapped.version()).isEqualTo(4);
		assertThat(mapped.item()).isNotNull().satisfies((item) -> {
			assertThat(item.type()).isEqualTo(ContentType.EVENT);
			assertThat(item.title()).isEqualTo("Sikkerhedsdagen 2027");
			assertThat(item.summary()).isEqualTo("En dag om trusler mod den offentlige sektor.");
			assertThat(item.section()).isEqualTo("Sikkerhed");
			assertThat(item.image()).isEqualTo(new FeedImage("https://billeder.newsroom.dk/sikkerhed.jpg",
					"Sidste års konference", "Foto: Jens Bøgh"));
			assertThat(item.link()).isEqualTo("/api/events/6b0879a1c2a4b81e2f3d9a10");
			assertThat(item.updatedAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
			assertThat(item.event()).isEqualTo(new FeedEventDetails(Instant.parse("2027-03-12T08:00:00Z"),
					Instant.parse("2027-03-12T15:30:00Z"), "Tapetfabrikken", "København Ø", "Sikkerhed", "SCHEDULED"));
			assertThat(item.person()).isNull();
		});
	}

	@Test
	void keepsACancelledEventListedAsCancelled() {
		MappedResource mapped = this.mapper.map("e", bytes(PUBLISHED_EVENT.replace("SCHEDULED", "CANCELLED")));

		assertThat(mapped.item()).isNotNull()
			.satisfies((item) -> assertThat(item.event().status()).isEqualTo("CANCELLED"));
	}

	@Test
	void readsAnOnlineEventWithoutVenue() {
		String json = PUBLISHED_EVENT.replaceAll("\"venue\":\\{[^}]*\\}", "\"venue\":null");

		assertThat(this.mapper.map("e", bytes(json)).item()).isNotNull().satisfies((item) -> {
			assertThat(item.event().city()).isNull();
			assertThat(item.event().venue()).isNull();
		});
	}

	@Test
	void leavesDraftsAndWithdrawnEventsOut() {
		assertThat(this.mapper.map("e", bytes(PUBLISHED_EVENT.replace("\"PUBLISHED\"", "\"DRAFT\""))).item()).isNull();
		assertThat(this.mapper.map("e", bytes(PUBLISHED_EVENT.replace("\"PUBLISHED\"", "\"WITHDRAWN\""))).item())
			.isNull();
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
