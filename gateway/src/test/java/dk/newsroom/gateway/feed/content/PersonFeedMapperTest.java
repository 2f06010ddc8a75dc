package dk.newsroom.gateway.feed.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedImage;
import dk.newsroom.gateway.feed.FeedPersonDetails;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PersonFeedMapperTest {

	/** A notice as people-service publishes it (docs/people-api.md). */
	static final String PUBLISHED_NOTICE = """
			{"id":"6b0878e63b1c0158a23a7186","slug":"mette-kjaer-soerensen-nordlys-data","status":"PUBLISHED",
			"kind":"NEW_JOB","label":"Nyt job",
			"person":{"name":"Mette Kjær Sørensen","age":38,"pronoun":"hun",
			  "photo":{"url":"https://billeder.newsroom.dk/mette.jpg","caption":"Mette Kjær Sørensen","credit":"Foto: Nordlys Data"}},
			"company":"Nordlys Data","title":"seniorrådgiver","effectiveDate":"2026-12-01",
			"focusAreas":["cloudsikkerhed"],"previousPosition":{"title":"sikkerhedsarkitekt","company":"Fjordnet A/S"},
			"education":null,"earlierExperience":null,"tags":["cloud"],
			"announcement":"Nordlys Data har pr. 1. december 2026 ansat Mette Kjær Sørensen, 38 år, som seniorrådgiver.",
			"warnings":[],"publishedAt":"2026-11-26T07:00:00Z","createdAt":"2026-11-26T06:00:00Z",
			"updatedAt":"2026-11-26T07:00:00Z","version":2}
			""";

	private final PersonFeedMapper mapper = new PersonFeedMapper(JsonMapper.builder().build());

	@Test
	void mapsAPublishedNoticeToAFeedItemWithWhoMovedWhere() {
		MappedResource mapped = this.mapper.map("6b0878e63b1c0158a23a7186", bytes(PUBLISHED_NOTICE));

		assertThat(mapped.version()).isEqualTo(2);
		assertThat(mapped.item()).isNotNull().satisfies((item) -> {
			assertThat(item.type()).isEqualTo(ContentType.PERSON);
			assertThat(item.title()).isEqualTo("Mette Kjær Sørensen, Nordlys Data");
			assertThat(item.summary()).startsWith("Nordlys Data har pr. 1. december 2026 ansat");
			assertThat(item.image()).isEqualTo(new FeedImage("https://billeder.newsroom.dk/mette.jpg",
					"Mette Kjær Sørensen", "Foto: Nordlys Data"));
			assertThat(item.section()).isEqualTo("Nyt job");
			assertThat(item.tags()).containsExactly("cloud");
			assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-11-26T07:00:00Z"));
			assertThat(item.updatedAt()).isEqualTo(Instant.parse("2026-11-26T07:00:00Z"));
			assertThat(item.link()).isEqualTo("/api/people/6b0878e63b1c0158a23a7186");
			assertThat(item.person())
				.isEqualTo(new FeedPersonDetails("Mette Kjær Sørensen", "Nordlys Data", "seniorrådgiver", "Nyt job"));
			assertThat(item.event()).isNull();
		});
	}

	@Test
	void mapsANoticeWithoutPhotoToNoImage() {
		String json = PUBLISHED_NOTICE.replaceAll("\"photo\":\\{[^}]*\\}", "\"photo\":null");

		assertThat(this.mapper.map("p", bytes(json)).item()).isNotNull()
			.satisfies((item) -> assertThat(item.image()).isNull());
	}

	@Test
	void leavesDraftsAndWithdrawnNoticesOut() {
		assertThat(this.mapper.map("p", bytes(PUBLISHED_NOTICE.replace("\"PUBLISHED\"", "\"DRAFT\""))).item()).isNull();
		MappedResource withdrawn = this.mapper.map("p",
				bytes(PUBLISHED_NOTICE.replace("\"PUBLISHED\"", "\"WITHDRAWN\"")));
		assertThat(withdrawn.item()).isNull();
		assertThat(withdrawn.version()).isEqualTo(2);
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
