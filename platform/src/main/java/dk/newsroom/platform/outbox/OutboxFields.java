package dk.newsroom.platform.outbox;

/**
 * Field names the outbox owns in every outboxed document. A service's document type maps
 * {@link #VERSION} and {@link #DELETED} itself; the other fields stay invisible to it.
 */
public final class OutboxFields {

	public static final String ID = "_id";

	public static final String VERSION = "version";

	/**
	 * A deleted resource stays as a soft-deleted document until its tombstone is sent.
	 */
	public static final String DELETED = "deleted";

	/**
	 * The latest change not yet on the topic, one entry at most: a write replaces it, so
	 * the pending state of a document stays the size of one copy whatever the broker does
	 * (the topics are compacted and every record carries the full state).
	 */
	public static final String OUTBOX = "outbox";

	/**
	 * When the document's oldest change not yet on the topic happened (at most); absent
	 * when nothing is pending. Indexed: the relays find their work and the metrics their
	 * figures by it.
	 */
	public static final String PENDING_SINCE = "pendingSince";

	/** The outbox shard of the document, a function of its id ({@link OutboxShards}). */
	public static final String SHARD = "outboxShard";

	/**
	 * Not before this time: a change the broker refused waits, without blocking others.
	 */
	public static final String RETRY_AT = "outboxRetryAt";

	/** How often the pending change has been refused so far. */
	public static final String ATTEMPTS = "outboxAttempts";

	static final String OUTBOX_EVENT_ID = OUTBOX + "." + OutboxEntry.EVENT_ID;

	private OutboxFields() {
	}

}
