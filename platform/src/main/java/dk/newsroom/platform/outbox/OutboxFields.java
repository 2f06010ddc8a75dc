package dk.newsroom.platform.outbox;

/**
 * Field names the outbox owns in every outboxed document. A service's document type maps
 * {@link #VERSION} and {@link #DELETED} itself; the outbox array and the lease stay
 * invisible to it.
 */
public final class OutboxFields {

	public static final String ID = "_id";

	public static final String VERSION = "version";

	/**
	 * A deleted resource stays as a soft-deleted document until its tombstone is sent.
	 */
	public static final String DELETED = "deleted";

	public static final String OUTBOX = "outbox";

	public static final String LEASE = "outboxLease";

	static final String LEASE_OWNER = LEASE + ".owner";

	static final String LEASE_UNTIL = LEASE + ".until";

	private OutboxFields() {
	}

}
