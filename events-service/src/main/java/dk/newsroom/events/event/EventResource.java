package dk.newsroom.events.event;

import dk.newsroom.platform.resource.ContentResource;

/**
 * Events for the shared content resource: their names, document and answer. Cancelling is
 * an edit of the content ({@link EventStatus}), not a withdrawal.
 */
final class EventResource {

	static final ContentResource<EventContent, EventDocument, EventResponse> EVENTS = ContentResource.of("event",
			"events", EventDocument.class, EventDocument::from, EventDocument::toEvent, EventResponse::from,
			EventContent::title);

	private EventResource() {
	}

}
