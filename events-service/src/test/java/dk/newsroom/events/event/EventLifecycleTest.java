package dk.newsroom.events.event;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.LifecycleSpec;

class EventLifecycleTest extends LifecycleSpec<Event> {

	private static final Instant STARTS = Instant.parse("2027-03-10T08:00:00Z");

	private static final EventContent CONTENT = new EventContent("Sikkerhedsdagen 2027", "En dag om forsvar.", null,
			"Sikkerhed", new Venue("Bella Center", null, "København"), STARTS, STARTS.plusSeconds(8 * 3600), null,
			"Newsroom", null, List.of("sikkerhed"), EventStatus.SCHEDULED);

	@Override
	protected Event draft(Instant now) {
		return Event.draft(new EventId("6745a1f0c2a4b81e2f3d9a10"), "sikkerhedsdagen-2027", CONTENT, now);
	}

	@Override
	protected Event edit(Event event, Instant now) {
		return event.withContent(new EventContent("Sikkerhedsdagen 2027 i Aarhus", CONTENT.teaser(), null,
				CONTENT.track(), new Venue("Aarhus Ø", null, "Aarhus"), STARTS, CONTENT.endsAt(), null,
				CONTENT.organiser(), null, CONTENT.tags(), EventStatus.SCHEDULED), now);
	}

	@Override
	protected Event publish(Event event, Instant at, Instant now) {
		return event.publish(at, now);
	}

	@Override
	protected Event withdraw(Event event, Instant now) {
		return event.withdraw(now);
	}

	@Override
	protected Event withSlug(Event event, String slug) {
		return event.withSlug(slug);
	}

	@Override
	protected boolean sameContent(Event one, Event other) {
		return one.content().equals(other.content());
	}

}
