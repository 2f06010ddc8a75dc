package dk.newsroom.events.event;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies for the tests: a valid Danish event that a test then spoils, moves or
 * tags.
 */
public final class EventFixtures {

	public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	public static final String TITLE = "Cybersikkerhed i den offentlige sektor: øvelser på Østerbro";

	private EventFixtures() {
	}

	/** Starts at 09:00 Copenhagen time a month from now and lasts seven hours. */
	public static Map<String, Object> validEvent(String tag) {
		return validEvent(tag, ZonedDateTime.of(LocalDate.now(COPENHAGEN).plusDays(30), LocalTime.of(9, 0), COPENHAGEN)
			.toOffsetDateTime());
	}

	public static Map<String, Object> validEvent(String tag, OffsetDateTime startsAt) {
		return validEvent(tag, startsAt, Duration.ofHours(7));
	}

	public static Map<String, Object> validEvent(String tag, OffsetDateTime startsAt, Duration length) {
		Map<String, Object> venue = new LinkedHashMap<>();
		venue.put("name", "Nordhavn Konferencecenter");
		venue.put("address", "Århusgade 88, 2100 København Ø");
		venue.put("city", "København Ø");
		Map<String, Object> image = new LinkedHashMap<>();
		image.put("url", "https://billeder.newsroom.dk/events/beredskabsoevelse.jpg");
		image.put("caption", "Deltagere øver beredskab på Østerbro");
		image.put("credit", "Foto: Søren Ågård");
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("title", TITLE);
		event.put("teaser", "Tre kommuner fortæller, hvad de lærte, da de øvede et angreb på borgerservicen.");
		event.put("description",
				"<p>Hør hvordan kommunerne øver <strong>beredskab</strong> året rundt.</p><script>alert(1)</script>");
		event.put("track", "Sikkerhed");
		event.put("venue", venue);
		event.put("startsAt", startsAt.toString());
		event.put("endsAt", startsAt.plus(length).toString());
		event.put("registrationUrl", "https://events.newsroom.dk/tilmelding/cybersikkerhed-offentlig");
		event.put("organiser", "Newsroom Events");
		event.put("image", image);
		event.put("tags", List.of(tag, "beredskab"));
		return event;
	}

	/** 09:00 Copenhagen time, this many days from today (negative: in the past). */
	public static OffsetDateTime morningIn(int days) {
		return ZonedDateTime.of(LocalDate.now(COPENHAGEN).plusDays(days), LocalTime.of(9, 0), COPENHAGEN)
			.toOffsetDateTime();
	}

	public static String uniqueTag() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
