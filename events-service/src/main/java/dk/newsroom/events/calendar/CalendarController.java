package dk.newsroom.events.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dk.newsroom.events.event.EventContent;
import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.events.event.EventService;
import dk.newsroom.platform.access.DraftAccess;
import dk.newsroom.platform.content.Slugs;
import dk.newsroom.platform.web.ETags;
import dk.newsroom.platform.content.InvalidInputException;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code /api/events/{id}.ics} (one event, same visibility as its JSON) and
 * {@code /api/events/calendar.ics?track=} (the public programme of a track, to subscribe
 * to). Rendering is CPU work only, so it runs where the events arrive.
 */
@RestController
class CalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final int MAX_TRACK_LENGTH = 100;

	private final EventService events;

	private final EventCalendar calendar;

	private final DraftAccess draftAccess;

	private final CalendarProperties properties;

	private final Clock clock;

	CalendarController(EventService events, EventCalendar calendar, DraftAccess draftAccess,
			CalendarProperties properties, Clock clock) {
		this.events = events;
		this.calendar = calendar;
		this.draftAccess = draftAccess;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping(path = "/api/events/calendar.ics", produces = "text/calendar")
	Mono<ResponseEntity<String>> feed(@RequestParam(required = false) String track) {
		String wanted = checkTrack(track);
		return this.events
			.publicProgramme(wanted, this.clock.instant().minus(this.properties.pastWindow()),
					this.properties.maxEvents())
			.collectList()
			.map((programme) -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
				.header(HttpHeaders.CONTENT_DISPOSITION, inline(feedFileName(wanted)))
				.body(this.calendar.feed(feedName(wanted, programme), programme)));
	}

	@GetMapping(path = "/api/events/{id}.ics", produces = "text/calendar")
	Mono<ResponseEntity<String>> event(@PathVariable String id, ServerWebExchange exchange) {
		return this.draftAccess.mayReadDrafts(exchange)
			.flatMap((mayReadDrafts) -> this.events.read(id, mayReadDrafts))
			.map((event) -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.eTag(ETags.of(event.version()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(event.slug() + ".ics").build().toString())
				.body(this.calendar.single(event)));
	}

	/** The name subscribers see: the track as its events spell it. */
	private String feedName(String track, List<ContentItem<EventContent>> programme) {
		if (track == null) {
			return this.properties.name();
		}
		String spelled = programme.isEmpty() ? track : programme.get(0).content().track();
		return this.properties.name() + ": " + spelled;
	}

	private static String feedFileName(String track) {
		return (track != null) ? "events-" + Slugs.of(track) + ".ics" : "events.ics";
	}

	private static String inline(String fileName) {
		return ContentDisposition.inline().filename(fileName).build().toString();
	}

	private static String checkTrack(String track) {
		if (track == null || track.isBlank()) {
			return null;
		}
		if (track.length() > MAX_TRACK_LENGTH) {
			throw new InvalidInputException("track", "must be at most " + MAX_TRACK_LENGTH + " characters");
		}
		return track.strip();
	}

}
