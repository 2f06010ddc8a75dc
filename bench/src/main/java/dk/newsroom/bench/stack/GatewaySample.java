package dk.newsroom.bench.stack;

/**
 * The gateway's figures from its management port's Prometheus endpoint, read right after
 * a forced full GC when {@code gcForced}: {@code jvm.memory.used} summed over the heap
 * pools, {@code jvm.gc.live.data.size} (the old generation after that GC; null if the
 * gateway does not publish it), {@code newsroom.feed.items} summed over the types and
 * {@code newsroom.feed.stream.clients}.
 */
public record GatewaySample(boolean gcForced, long heapUsedBytes, Long liveDataBytes, long feedItems,
		long streamClients) {

	/** The live data size after the GC where there is one, else the heap used. */
	public long heapBytes() {
		return (this.liveDataBytes != null) ? this.liveDataBytes : this.heapUsedBytes;
	}

}
