package dk.newsroom.platform.outbox;

/**
 * The fixed split of a service's documents into outbox shards. Each shard is relayed by
 * at most one replica at a time (its lease, {@link ShardLeases}) through a transactional
 * producer whose {@code transactional.id} names the shard, so a replica that takes a
 * shard over fences the producer of the one that had it (design: docs/events.md).
 * <p>
 * The count is a constant, not a setting: two replicas that split the ids differently
 * would send the same key through two transactional ids, and the broker could no longer
 * fence one of them.
 */
public final class OutboxShards {

	public static final int COUNT = 8;

	private OutboxShards() {
	}

	/**
	 * The shard of a document id: {@link String#hashCode()}, whose value the Java
	 * specification fixes, modulo {@link #COUNT}.
	 */
	public static int of(String id) {
		return Math.floorMod(id.hashCode(), COUNT);
	}

}
