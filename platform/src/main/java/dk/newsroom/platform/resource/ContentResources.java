package dk.newsroom.platform.resource;

import java.time.Clock;

import dk.newsroom.platform.access.DraftAccess;
import dk.newsroom.platform.outbox.ChangeEvents;
import dk.newsroom.platform.outbox.OutboxWriter;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * What every content type's resource is built from (the store, the outbox, the change
 * events, the clock, who may read drafts): a {@link ContentResourceController} takes it
 * with its {@link ContentResource}.
 */
public class ContentResources {

	private final ReactiveMongoTemplate template;

	private final OutboxWriter outbox;

	private final ChangeEvents events;

	private final Clock clock;

	private final DraftAccess draftAccess;

	public ContentResources(ReactiveMongoTemplate template, OutboxWriter outbox, ChangeEvents events, Clock clock,
			DraftAccess draftAccess) {
		this.template = template;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
		this.draftAccess = draftAccess;
	}

	public <C, D, R> ContentResourceService<C, R> service(ContentResource<C, D, R> resource) {
		return new ContentResourceService<>(resource, new ContentResourceStore<>(this.template, this.outbox, resource),
				this.events, this.clock);
	}

	public Clock clock() {
		return this.clock;
	}

	public DraftAccess draftAccess() {
		return this.draftAccess;
	}

}
