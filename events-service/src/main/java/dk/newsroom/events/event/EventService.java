package dk.newsroom.events.event;

import java.time.Clock;
import java.time.Instant;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.ResourceNotFoundException;
import dk.newsroom.platform.content.Slugs;
import dk.newsroom.platform.store.ContentIds;
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

	private final Clock clock;

	EventService(EventStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * The event if this caller may see it: drafts, withdrawn and scheduled events are 404
	 * to those who may not read drafts, and so is an id that cannot be one of ours.
	 */
	public Mono<ContentItem<EventContent>> read(String id, boolean mayReadDrafts) {
		if (!ContentIds.isWellFormed(id)) {
			return Mono.error(notFound(id));
		}
		return this.store.findById(id)
			.filter((found) -> mayReadDrafts || found.isPublicAt(this.clock.instant()))
			.switchIfEmpty(Mono.error(() -> notFound(id)));
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

	private static ResourceNotFoundException notFound(String id) {
		return new ResourceNotFoundException("Event " + id);
	}

}
