package dk.newsroom.events.event;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.resource.ContentResource;

/**
 * Events for the shared content resource: stored as an {@link EventDocument}. Cancelling
 * is an edit of the content ({@link EventStatus}), not a withdrawal.
 */
class EventResource implements ContentResource<EventContent, EventDocument, EventResponse> {

	@Override
	public String name() {
		return "event";
	}

	@Override
	public String plural() {
		return "events";
	}

	@Override
	public Class<EventDocument> documentType() {
		return EventDocument.class;
	}

	@Override
	public EventDocument toDocument(ContentItem<EventContent> event) {
		return EventDocument.from(event);
	}

	@Override
	public ContentItem<EventContent> toItem(EventDocument document) {
		return document.toEvent();
	}

	@Override
	public EventResponse toResponse(ContentItem<EventContent> event) {
		return EventResponse.from(event);
	}

	@Override
	public String slugSource(EventContent content) {
		return content.title();
	}

}
