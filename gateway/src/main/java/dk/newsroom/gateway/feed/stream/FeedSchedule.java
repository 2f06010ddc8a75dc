package dk.newsroom.gateway.feed.stream;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The event log's items that are listed but not visible yet: held until their time comes,
 * as {@link FeedVisibility} decides, then handed back in key order (oldest
 * {@code publishedAt} first). Keeps the {@link DueTimer} set to the moment the next one
 * becomes visible. At most one entry per resource. Not thread-safe: {@link FeedEventLog}
 * guards it with its state lock.
 */
final class FeedSchedule {

	private final FeedVisibility visibility;

	private final DueTimer timer;

	/** Newest first: the last key becomes visible first. */
	private final TreeMap<FeedKey, ShownEntry> pending = new TreeMap<>();

	private final Map<ResourceRef, FeedKey> byRef = new HashMap<>();

	/** When the timer was last set to wake up, {@code null} for never. */
	private @Nullable Instant wakeUp;

	FeedSchedule(FeedVisibility visibility, DueTimer timer) {
		this.visibility = visibility;
		this.timer = timer;
	}

	/**
	 * Holds the entry until it becomes visible, if it is not visible at {@code now}.
	 * @param ref the resource
	 * @param shown the resource's new entry
	 * @param now the instant of the change
	 * @return whether it was held (the resource is not visible now)
	 */
	boolean holdUntilVisible(ResourceRef ref, ShownEntry shown, Instant now) {
		if (this.visibility.isVisible(shown.entry().item(), now)) {
			return false;
		}
		this.pending.put(shown.entry().key(), shown);
		this.byRef.put(ref, shown.entry().key());
		return true;
	}

	/** Drops what was held for the resource, if anything: a newer version replaces it. */
	void cancel(ResourceRef ref) {
		FeedKey key = this.byRef.remove(ref);
		if (key != null) {
			this.pending.remove(key);
		}
	}

	/**
	 * Drops the entry if it is the one held for the resource (the projection let it go).
	 */
	void forget(ResourceRef ref, FeedEntry entry) {
		FeedKey key = this.byRef.get(ref);
		if (key != null && this.pending.get(key).entry() == entry) {
			this.pending.remove(key);
			this.byRef.remove(ref);
		}
	}

	/**
	 * Takes out the held entry that became visible first, if one is visible at
	 * {@code now}; call until it gives {@code null} to release all that are.
	 */
	@Nullable ShownEntry pollVisible(Instant now) {
		if (this.pending.isEmpty() || !this.visibility.isVisible(this.pending.lastKey(), now)) {
			return null;
		}
		ShownEntry due = Objects.requireNonNull(this.pending.pollLastEntry()).getValue();
		this.byRef.remove(due.entry().item().ref());
		return due;
	}

	/**
	 * Sets the timer to run {@code release} when the next held entry becomes visible (or
	 * never, when none is held).
	 * @param always set it even if that moment has not changed (the timer just ran)
	 * @param release what the timer runs
	 */
	void arm(boolean always, Runnable release) {
		Instant next = this.pending.isEmpty() ? null : this.visibility.visibleFrom(this.pending.lastKey());
		if (always || !Objects.equals(next, this.wakeUp)) {
			this.wakeUp = next;
			this.timer.wakeUpAt(next, release);
		}
	}

}
