package dk.newsroom.example.consumer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory copy of the content: type → id → {version, json}.
 * <p>
 * {@link #apply(Change)} enforces the version rule of the contract: per id it keeps the
 * highest {@code ce_entityversion} seen and ignores a record whose version is lower or
 * equal. That makes applying idempotent, so duplicates, redeliveries and the replay of a
 * bootstrap are harmless. A deletion is kept as a tombstone entry (version, no JSON): an
 * older record of the same id that arrives later cannot bring the resource back.
 * <p>
 * One thread applies (the consumer's poll thread); any thread may read.
 */
public final class ContentCopy {

	private final Map<ContentType, Map<String, Entry>> entries = new EnumMap<>(ContentType.class);

	public ContentCopy() {
		for (ContentType type : ContentType.values()) {
			this.entries.put(type, new ConcurrentHashMap<>());
		}
	}

	/**
	 * Applies a change if it is newer than what the copy holds for its id.
	 * @return what happened to the copy
	 */
	public synchronized Outcome apply(Change change) {
		Map<String, Entry> byId = this.entries.get(change.type());
		Entry current = byId.get(change.id());
		if (current != null && change.version() <= current.version()) {
			return Outcome.IGNORED;
		}
		byId.put(change.id(), new Entry(change.version(), change.json()));
		boolean wasPresent = current != null && !current.isDeleted();
		if (change.isDeletion()) {
			return wasPresent ? Outcome.REMOVED : Outcome.DELETION_NOTED;
		}
		return wasPresent ? Outcome.UPDATED : Outcome.ADDED;
	}

	/** The resource's current JSON and version, or empty if absent or deleted. */
	public Optional<Entry> get(ContentType type, String id) {
		return Optional.ofNullable(this.entries.get(type).get(id)).filter((entry) -> !entry.isDeleted());
	}

	/**
	 * The highest version seen for the id, a deletion included; empty if never seen.
	 */
	public OptionalLong version(ContentType type, String id) {
		Entry entry = this.entries.get(type).get(id);
		return (entry != null) ? OptionalLong.of(entry.version()) : OptionalLong.empty();
	}

	/** The present (not deleted) resources of a type: id → entry, a copy. */
	public Map<String, Entry> resources(ContentType type) {
		Map<String, Entry> present = new LinkedHashMap<>();
		this.entries.get(type).forEach((id, entry) -> {
			if (!entry.isDeleted()) {
				present.put(id, entry);
			}
		});
		return present;
	}

	/** How many present (not deleted) resources of a type the copy holds. */
	public int size(ContentType type) {
		return (int) this.entries.get(type).values().stream().filter((entry) -> !entry.isDeleted()).count();
	}

	/**
	 * What the copy holds for one id.
	 *
	 * @param version the highest version seen
	 * @param json the resource JSON, or {@code null} if that version is a deletion
	 */
	public record Entry(long version, String json) {

		public boolean isDeleted() {
			return this.json == null;
		}

	}

	/** What {@link #apply(Change)} did. */
	public enum Outcome {

		/** A resource the copy did not have (or had as deleted) is now present. */
		ADDED,
		/** A present resource has a newer version. */
		UPDATED,
		/** A present resource was deleted; its version is kept. */
		REMOVED,
		/**
		 * A deletion of a resource the copy did not have (e.g. compaction left only the
		 * tombstone); its version is kept.
		 */
		DELETION_NOTED,
		/**
		 * The version is lower than or equal to the one held: a duplicate, a redelivery,
		 * or an older record. Nothing changed.
		 */
		IGNORED

	}

}
