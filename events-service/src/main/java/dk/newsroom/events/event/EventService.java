package dk.newsroom.events.event;

import java.time.Clock;
import java.time.Instant;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.Slugs;
import dk.newsroom.platform.resource.ContentResourceService;
import dk.newsroom.platform.resource.ContentResources;
import dk.newsroom.platform.web.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The events' reads beyond the shared content resource: the list in programme order, and
 * what the calendar needs. The changes are the shared resource's ({@link EventResource}).
 */
@Service
public class EventService {

	private final EventStore store;

	private final ContentResourceService<EventContent, EventResponse> events;

	private final Clock clock;

	EventService(EventStore store, ContentResources resources) {
		this.store = store;
		this.events = resources.service(EventResource.EVENTS);
		this.clock = resources.clock();
	}

	/**
	 * The event if this caller may see it: drafts, withdrawn and scheduled events are 404
	 * to those who may not read drafts, and so is an id that cannot be one of ours.
	 */
	public Mono<ContentItem<EventContent>> read(String id, boolean mayReadDrafts) {
		return this.events.read(id, mayReadDrafts);
	}

	Mono<Page<ContentItem<EventContent>>> list(EventQuery query) {
		return this.store.find(query, this.clock.instant())
			.collectList()
			.map((found) -> Page.fromLookahead(found, query.limit(),
					(event) -> EventCursor.of(event).key(query.timeline())));
	}

	/**
	 * What a calendar subscription shows: public events, cancelled ones included, that
	 * end after {@code endsAfter}, in programme order.
	 * @param track a track name in any case, or null for all tracks
	 */
	public Flux<ContentItem<EventContent>> publicProgramme(String track, Instant endsAfter, int max) {
		return this.store.findPublic((track != null) ? Slugs.of(track) : null, endsAfter, this.clock.instant(), max);
	}

}
