package dk.newsroom.people.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import dk.newsroom.platform.content.Slugs;
import dk.newsroom.platform.content.VersionedChanges;
import dk.newsroom.platform.outbox.ChangeEvents;
import dk.newsroom.platform.store.ContentIds;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.content.ResourceNotFoundException;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The notice use cases. Each change is a read, a pure transition of {@link Notice}, a
 * fresh {@link Rendering} of its content, and one conditional write of the new state with
 * its event; a concurrent change makes the write miss and the use case starts over (or
 * answers 412 when the client named a version).
 */
@Service
class NoticeService {

	/** The newsroom's calendar: effective dates are judged against its "today". */
	static final ZoneId NEWSROOM_ZONE = ZoneId.of("Europe/Copenhagen");

	private final NoticeStore store;

	private final ChangeEvents events;

	private final Clock clock;

	NoticeService(NoticeStore store, ChangeEvents events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** Renders and checks without storing anything. */
	Rendering preview(NoticeContent content) {
		return Rendering.of(content, today());
	}

	Mono<Notice> create(NoticeContent content) {
		Instant now = this.clock.instant();
		Notice draft = Notice.draft(new NoticeId(ContentIds.next()),
				Slugs.of(content.person().name() + " " + content.company()), content, preview(content), now);
		return VersionedChanges.insertWithFreeSlug(draft.slug(), draft.idValue(), (slug) -> {
			Notice candidate = draft.withSlug(slug);
			return this.store
				.insert(candidate, this.events.created(candidate.version(), NoticeResponse.from(candidate)))
				.thenReturn(candidate);
		});
	}

	Mono<Notice> get(NoticeId id) {
		return this.store.findById(id).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	Mono<Notice> getBySlug(String slug) {
		return this.store.findBySlug(slug)
			.switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("Notice with slug " + slug)));
	}

	Mono<Page<Notice>> list(NoticeQuery query) {
		return this.store.find(query, this.clock.instant())
			.collectList()
			.map((found) -> Page.fromLookahead(found, query.page().limit(), Notice::idValue));
	}

	Mono<Notice> update(NoticeId id, long ifMatch, NoticeContent content) {
		return change(id, OptionalLong.of(ifMatch),
				(current) -> current.withContent(content, preview(content), this.clock.instant()));
	}

	/**
	 * Publishing checks again: an effective date that was fine when the draft was written
	 * may be long past when it goes out.
	 */
	Mono<Notice> publish(NoticeId id, OptionalLong ifMatch, Instant publishAt) {
		return change(id, ifMatch, (current) -> {
			Instant now = this.clock.instant();
			return current.publish((publishAt != null) ? publishAt : now, now)
				.withRendering(preview(current.content()));
		});
	}

	Mono<Notice> withdraw(NoticeId id, OptionalLong ifMatch) {
		return change(id, ifMatch, (current) -> current.withdraw(this.clock.instant()));
	}

	Mono<Void> delete(NoticeId id, OptionalLong ifMatch) {
		return VersionedChanges.delete(get(id), ifMatch,
				(current) -> this.store.delete(id, current.version(), this.events.deleted(current.version() + 1)));
	}

	private Mono<Notice> change(NoticeId id, OptionalLong ifMatch, UnaryOperator<Notice> transition) {
		return VersionedChanges.change(get(id), ifMatch, transition, (current, next) -> this.store.update(next,
				current.version(), this.events.updated(next.version(), NoticeResponse.from(next))));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NEWSROOM_ZONE);
	}

	private static ResourceNotFoundException notFound(NoticeId id) {
		return new ResourceNotFoundException("Notice " + id);
	}

}
