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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Calendars", description = """
		Events as iCalendar (RFC 5545): one event to add to a calendar, and the public programme of a track to \
		subscribe to. See docs/events-api.md for how the fields map.""")
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
	@Operation(operationId = "getEventCalendar", summary = "Subscribe to the programme as iCalendar", description = """
			A calendar a calendar app subscribes to (`webcal://<host>/api/events/calendar.ics?track=...`): \
			the public events of the track (of every track without `track`), cancelled ones included and \
			marked so, that ended at most 90 days ago, in programme order, at most 500. Never drafts, \
			withdrawn or scheduled events, whoever asks. Named "Newsroom-arrangementer" (with `: <track>`), \
			times in UTC, with the Europe/Copenhagen time zone to show them in.""")
	@ApiResponse(responseCode = "200", description = "The calendar",
			content = @Content(mediaType = "text/calendar",
					schema = @Schema(type = "string",
							example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Newsroom//events-service//DA\r\n"
									+ "NAME:Newsroom-arrangementer: Sikkerhed\r\n...\r\nEND:VCALENDAR\r\n")),
			headers = {
					@Header(name = "Cache-Control", description = "Shared caches may keep it for five minutes",
							schema = @Schema(type = "string", example = "max-age=300, public")),
					@Header(name = "Content-Disposition", description = "Shown inline, with a file name",
							schema = @Schema(type = "string", example = "inline; filename=\"events-sikkerhed.ics\"")) })
	@ApiResponse(responseCode = "400", description = "`track` is longer than 100 characters")
	Mono<ResponseEntity<String>> feed(@Parameter(description = """
			Only events of this track, regardless of case and accents (as in the list); at most 100 \
			characters""",
			schema = @Schema(type = "string", maxLength = MAX_TRACK_LENGTH, example = "Sikkerhed")) @RequestParam(
					required = false) String track) {
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
	@Operation(operationId = "getEventAsCalendar", summary = "Get one event as iCalendar", description = """
			The event as an iCalendar file to add to a calendar (`UID` `<id>@events.newsroom.dk`, \
			`SEQUENCE` its version, `STATUS:CANCELLED` and `AFLYST: ` in the summary when cancelled), with \
			the visibility of the event's JSON: a draft, withdrawn or scheduled event is a 404 to anonymous \
			readers.""")
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match",
			description = "An `ETag` of this event from an earlier answer: a 304 while it is still the current one",
			schema = @Schema(type = "string", example = "\"3\""))
	@ApiResponse(responseCode = "200", description = "The event as a calendar",
			content = @Content(mediaType = "text/calendar",
					schema = @Schema(type = "string",
							example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Newsroom//events-service//DA\r\n"
									+ "BEGIN:VEVENT\r\nUID:6b0871d13cdeb9852da6d6b1@events.newsroom.dk\r\n"
									+ "SUMMARY:Cybersikkerhed i den offentlige sektor\r\n...\r\nEND:VCALENDAR\r\n")),
			headers = {
					@Header(name = "ETag", description = "The event's version as an entity tag",
							schema = @Schema(type = "string", example = "\"3\"")),
					@Header(name = "Content-Disposition", description = "A download named after the slug",
							schema = @Schema(type = "string",
									example = "attachment; "
											+ "filename=\"cybersikkerhed-i-den-offentlige-sektor.ics\"")) })
	@ApiResponse(responseCode = "304", description = "Unchanged since the `If-None-Match` version")
	@ApiResponse(responseCode = "404", description = "No such event, or not public and the token may not read drafts")
	Mono<ResponseEntity<String>> event(
			@Parameter(description = "The event's id: 24 hexadecimal digits",
					schema = @Schema(type = "string", pattern = "^[0-9a-f]{24}$",
							example = "6b0871d13cdeb9852da6d6b1")) @PathVariable String id,
			ServerWebExchange exchange) {
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
