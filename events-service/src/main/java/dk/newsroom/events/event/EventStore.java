package dk.newsroom.events.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.platform.outbox.OutboxWriter;
import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.store.ContentDocuments;
import reactor.core.publisher.Flux;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * The events' own reads: programme-order queries (range, sort and limit, which both
 * MongoDB and the stand-in serve) on top of the shared {@link ContentDocuments}, which
 * skips deleted documents. Writes are the shared content resource's.
 */
@Repository
class EventStore {

	private static final String ID = "_id";

	private static final String STARTS_AT = "startsAt";

	private static final String ENDS_AT = "endsAt";

	private final ContentDocuments<EventDocument> documents;

	EventStore(ReactiveMongoTemplate template, OutboxWriter outbox) {
		this.documents = new ContentDocuments<>(template, outbox, EventDocument.class);
	}

	/**
	 * One page in programme order ({@code startsAt}, then id), backwards for the past;
	 * the last page's {@code startsAt|id} is the keyset. Fetches one extra to know if
	 * more follow.
	 */
	Flux<ContentItem<EventContent>> find(EventQuery query, Instant now) {
		List<Criteria> criteria = new ArrayList<>();
		if (query.publicOnly()) {
			criteria.addAll(ContentDocuments.publicAt(now));
		}
		switch (query.timeline()) {
			case UPCOMING -> criteria.add(Criteria.where(ENDS_AT).gt(now));
			case PAST -> criteria.add(Criteria.where(ENDS_AT).lte(now));
			case ALL -> {
			}
		}
		if (query.status() != null) {
			criteria.add(Criteria.where("status").is(query.status()));
		}
		if (query.trackKey() != null) {
			criteria.add(Criteria.where("trackKey").is(query.trackKey()));
		}
		if (query.cityKey() != null) {
			criteria.add(Criteria.where("cityKey").is(query.cityKey()));
		}
		if (query.tag() != null) {
			criteria.add(Criteria.where("tags").is(query.tag()));
		}
		if (query.from() != null) {
			criteria.add(Criteria.where(STARTS_AT).gte(query.from()));
		}
		if (query.to() != null) {
			criteria.add(Criteria.where(STARTS_AT).lt(query.to()));
		}
		if (query.after() != null) {
			criteria.add(after(query.after(), query.timeline().newestFirst()));
		}
		Sort.Direction direction = query.timeline().newestFirst() ? Sort.Direction.DESC : Sort.Direction.ASC;
		return this.documents.find(criteria, Sort.by(direction, STARTS_AT, ID), query.limit() + 1)
			.map(EventDocument::toEvent);
	}

	/**
	 * Public events of a track (all tracks when null) that end after {@code endsAfter},
	 * in programme order, at most {@code max}.
	 */
	Flux<ContentItem<EventContent>> findPublic(String trackKey, Instant endsAfter, Instant now, int max) {
		List<Criteria> criteria = new ArrayList<>(ContentDocuments.publicAt(now));
		criteria.add(Criteria.where(ENDS_AT).gt(endsAfter));
		if (trackKey != null) {
			criteria.add(Criteria.where("trackKey").is(trackKey));
		}
		return this.documents.find(criteria, Sort.by(Sort.Direction.ASC, STARTS_AT, ID), max)
			.map(EventDocument::toEvent);
	}

	/** Strictly after the cursor in the page's direction; ties on the start go by id. */
	private static Criteria after(EventCursor cursor, boolean backwards) {
		Criteria sameStart = Criteria.where(STARTS_AT).is(cursor.startsAt());
		if (backwards) {
			return new Criteria().orOperator(Criteria.where(STARTS_AT).lt(cursor.startsAt()),
					new Criteria().andOperator(sameStart, Criteria.where(ID).lt(cursor.id())));
		}
		return new Criteria().orOperator(Criteria.where(STARTS_AT).gt(cursor.startsAt()),
				new Criteria().andOperator(sameStart, Criteria.where(ID).gt(cursor.id())));
	}

}
