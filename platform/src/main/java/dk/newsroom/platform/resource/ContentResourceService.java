package dk.newsroom.platform.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.ResourceNotFoundException;
import dk.newsroom.platform.content.Slugs;
import dk.newsroom.platform.content.VersionedChanges;
import dk.newsroom.platform.outbox.ChangeEvents;
import dk.newsroom.platform.store.ContentIds;
import dk.newsroom.platform.web.Page;
import reactor.core.publisher.Mono;

/**
 * The use cases of one content type. Each change is a read, a pure transition of
 * {@link ContentItem} and one conditional write of the new state with its event; a
 * concurrent change makes the write miss and the use case starts over (or answers 412
 * when the client named a version).
 *
 * @param <C> the content record
 * @param <R> the API shape its events carry
 */
public class ContentResourceService<C, R> {

	private final ContentResource<C, ?, R> resource;

	private final ContentResourceStore<C, ?> store;

	private final ChangeEvents events;

	private final Clock clock;

	public <D> ContentResourceService(ContentResource<C, D, R> resource, ContentResourceStore<C, D> store,
			ChangeEvents events, Clock clock) {
		this.resource = resource;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	public ContentResource<C, ?, R> resource() {
		return this.resource;
	}

	public Mono<ContentItem<C>> create(C content) {
		this.resource.check(content);
		Instant now = this.clock.instant();
		C prepared = this.resource.prepare(content, now);
		ContentItem<C> draft = ContentItem.draft(ContentIds.next(), Slugs.of(this.resource.slugSource(prepared)),
				prepared, now);
		return VersionedChanges.insertWithFreeSlug(draft.slug(), draft.id(), (slug) -> {
			ContentItem<C> candidate = draft.withSlug(slug);
			return this.store
				.insert(candidate, this.events.created(candidate.version(), this.resource.toResponse(candidate)))
				.thenReturn(candidate);
		});
	}

	public Mono<ContentItem<C>> get(String id) {
		return this.store.findById(id).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	public Mono<ContentItem<C>> getBySlug(String slug) {
		return this.store.findBySlug(slug)
			.switchIfEmpty(Mono.error(() -> new ResourceNotFoundException(title() + " with slug " + slug)));
	}

	/**
	 * The item if this reader may see it: drafts, withdrawn and scheduled items are 404
	 * to those who may not read drafts, and so is an id that cannot be one of ours (no
	 * query then).
	 */
	public Mono<ContentItem<C>> read(String id, boolean mayReadDrafts) {
		if (!ContentIds.isWellFormed(id)) {
			return Mono.error(notFound(id));
		}
		return visible(get(id), mayReadDrafts);
	}

	/** The item by its slug if this reader may see it, as {@link #read}. */
	public Mono<ContentItem<C>> readBySlug(String slug, boolean mayReadDrafts) {
		return visible(getBySlug(slug), mayReadDrafts);
	}

	public Mono<Page<ContentItem<C>>> list(ListQuery query, boolean publicOnly) {
		return this.store.find(query, publicOnly, this.clock.instant())
			.collectList()
			.map((found) -> Page.fromLookahead(found, query.page().limit(), ContentItem::id));
	}

	public Mono<ContentItem<C>> update(String id, long ifMatch, C content) {
		this.resource.check(content);
		return change(id, OptionalLong.of(ifMatch), (current) -> {
			Instant now = this.clock.instant();
			return current.withContent(this.resource.prepare(content, now), now);
		});
	}

	/**
	 * Publishes, with the content prepared anew ({@link ContentResource#prepare}).
	 * @param publishAt {@code null} for now
	 */
	public Mono<ContentItem<C>> publish(String id, OptionalLong ifMatch, Instant publishAt) {
		return change(id, ifMatch, (current) -> {
			Instant now = this.clock.instant();
			ContentItem<C> published = current.publish((publishAt != null) ? publishAt : now, now);
			return published.withDerived(this.resource.prepare(published.content(), now));
		});
	}

	public Mono<ContentItem<C>> withdraw(String id, OptionalLong ifMatch) {
		return change(id, ifMatch, (current) -> current.withdraw(this.clock.instant(), this.resource.name()));
	}

	public Mono<Void> delete(String id, OptionalLong ifMatch) {
		return VersionedChanges.delete(get(id), ifMatch,
				(current) -> this.store.delete(id, current.version(), this.events.deleted(current.version() + 1)));
	}

	/** {@code Article 65a...}: a resource named in a problem's detail. */
	public ResourceNotFoundException notFound(String id) {
		return new ResourceNotFoundException(title() + " " + id);
	}

	private Mono<ContentItem<C>> visible(Mono<ContentItem<C>> item, boolean mayReadDrafts) {
		return item.flatMap((found) -> (mayReadDrafts || found.isPublicAt(this.clock.instant())) ? Mono.just(found)
				: Mono.error(notFound(found.id())));
	}

	private Mono<ContentItem<C>> change(String id, OptionalLong ifMatch, UnaryOperator<ContentItem<C>> transition) {
		return VersionedChanges.change(get(id), ifMatch, transition, (current, next) -> this.store.update(next,
				current.version(), this.events.updated(next.version(), this.resource.toResponse(next))));
	}

	private String title() {
		String name = this.resource.name();
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
