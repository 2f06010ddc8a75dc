package dk.newsroom.events.event;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import dk.newsroom.platform.content.Slugs;
import dk.newsroom.platform.content.VersionedChanges;
import dk.newsroom.platform.outbox.ChangeEvents;
import dk.newsroom.platform.store.ContentIds;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.content.ResourceNotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The event use cases. Each change is a read, a pure transition of {@link Event} and one
 * conditional write of the new state with its event; a concurrent change makes the write
 * miss and the use case starts over (or answers 412 when the client named a version). The
 * reads other features need (the calendar) are public; the changes are not.
 */
@Service
public class EventService {

	private final EventStore store;

	private final ChangeEvents events;

	private final Clock clock;

	EventService(EventStore store, ChangeEvents events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	Mono<Event> create(EventContent content) {
		Instant now = this.clock.instant();
		Event draft = Event.draft(new EventId(ContentIds.next()), Slugs.of(content.title()), content, now);
		return VersionedChanges.insertWithFreeSlug(draft.slug(), draft.idValue(), (slug) -> {
			Event candidate = draft.withSlug(slug);
			return this.store.insert(candidate, this.events.created(candidate.version(), EventResponse.from(candidate)))
				.thenReturn(candidate);
		});
	}

	/**
	 * The event if this caller may see it: drafts, withdrawn and scheduled events are 404
	 * to those who may not read drafts.
	 */
	public Mono<Event> read(EventId id, boolean mayReadDrafts) {
		return visible(get(id), mayReadDrafts);
	}

	Mono<Event> readBySlug(String slug, boolean mayReadDrafts) {
		return visible(
				this.store.findBySlug(slug)
					.switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("Event with slug " + slug))),
				mayReadDrafts);
	}

	Mono<Page<Event>> list(EventQuery query) {
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
	public Flux<Event> publicProgramme(String track, Instant endsAfter, int max) {
		return this.store.findPublic((track != null) ? Slugs.of(track) : null, endsAfter, this.clock.instant(), max);
	}

	Mono<Event> update(EventId id, long ifMatch, EventContent content) {
		return change(id, OptionalLong.of(ifMatch), (current) -> current.withContent(content, this.clock.instant()));
	}

	Mono<Event> publish(EventId id, OptionalLong ifMatch, Instant publishAt) {
		return change(id, ifMatch, (current) -> {
			Instant now = this.clock.instant();
			return current.publish((publishAt != null) ? publishAt : now, now);
		});
	}

	Mono<Event> withdraw(EventId id, OptionalLong ifMatch) {
		return change(id, ifMatch, (current) -> current.withdraw(this.clock.instant()));
	}

	Mono<Void> delete(EventId id, OptionalLong ifMatch) {
		return VersionedChanges.delete(get(id), ifMatch,
				(current) -> this.store.delete(id, current.version(), this.events.deleted(current.version() + 1)));
	}

	private Mono<Event> get(EventId id) {
		return this.store.findById(id).switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("Event " + id)));
	}

	private Mono<Event> visible(Mono<Event> event, boolean mayReadDrafts) {
		return event.flatMap((found) -> (mayReadDrafts || found.isPublicAt(this.clock.instant())) ? Mono.just(found)
				: Mono.error(new ResourceNotFoundException("Event " + found.id())));
	}

	private Mono<Event> change(EventId id, OptionalLong ifMatch, UnaryOperator<Event> transition) {
		return VersionedChanges.change(get(id), ifMatch, transition, (current, next) -> this.store.update(next,
				current.version(), this.events.updated(next.version(), EventResponse.from(next))));
	}

}
