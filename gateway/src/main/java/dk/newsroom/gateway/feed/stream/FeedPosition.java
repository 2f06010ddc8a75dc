package dk.newsroom.gateway.feed.stream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import dk.newsroom.contracts.ChangesToken;
import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedKey;
import org.jspecify.annotations.Nullable;

/**
 * How far a reader of the feed's changes has got, in terms of the topics rather than of
 * one gateway: per partition of each content topic, the offset after the last record it
 * has seen the effect of; and how far scheduled items have been released (added when
 * their time came). Every gateway replica reads the same partitions in the same order per
 * partition, and a resource's records are all in one partition, so a position taken from
 * one replica says exactly which changes a client has seen on any other: the
 * {@code Last-Event-ID} of the stream and the {@code since} token of {@code /api/changes}
 * work wherever the client lands.
 * <p>
 * A change is <em>covered</em> by a position when a client at that position has seen it
 * (see {@link #covers}). Immutable.
 * <p>
 * As a token, the contract's {@link ChangesToken} (docs/changes.md):
 * {@code 1.<released>.<article offsets>.<event offsets>.<person offsets>.<podcast offsets>}
 * (a token of the three types before podcasts reads as none of them seen), offsets base
 * 36 per partition joined by {@code _}, released as {@code <seconds>_<nanos>_<type>_<id>}
 * (base 36, the id base64url) or empty. A position in the middle of a paged read of the
 * changes (more follow) starts {@code 1p.}: see {@link #partial()}.
 */
public final class FeedPosition {

	/** Before every change: nothing read, nothing released. */
	public static final FeedPosition START = new FeedPosition(new long[ContentType.values().length][0], null, false);

	/** What a token looks like (a syntax check; {@link #parse} decides). */
	public static final Pattern TOKEN = ChangesToken.SYNTAX;

	private static final ContentType[] TYPES = ContentType.values();

	private static final Base64.Encoder ID_ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final long[][] next;

	private final @Nullable FeedKey released;

	private final boolean partial;

	private @Nullable String token;

	private FeedPosition(long[][] next, @Nullable FeedKey released, boolean partial) {
		this.next = next;
		this.released = released;
		this.partial = partial;
	}

	/**
	 * Whether this position was handed out in the middle of a paged read of the changes:
	 * its partitions are not all read to the same point, and the pages that follow
	 * complete it.
	 */
	public boolean partial() {
		return this.partial;
	}

	/**
	 * This position, marked as one in the middle of a paged read or not.
	 * @param inTheMiddle whether more pages follow
	 */
	FeedPosition partial(boolean inTheMiddle) {
		return (this.partial == inTheMiddle) ? this : new FeedPosition(this.next, this.released, inTheMiddle);
	}

	/**
	 * The offset after the last record seen of a partition (0 when none).
	 * @param type the content type (its topic)
	 * @param partition the partition
	 * @return the offset
	 */
	public long next(ContentType type, int partition) {
		long[] offsets = this.next[type.ordinal()];
		return (partition >= 0 && partition < offsets.length) ? offsets[partition] : 0;
	}

	/**
	 * How far scheduled items have been released: every item scheduled for later was
	 * added, when its time came, in the order of their keys from last to first (oldest
	 * {@code publishedAt} first), and those at or after this key (in feed order) have
	 * been; {@code null} when none.
	 */
	public @Nullable FeedKey released() {
		return this.released;
	}

	/** This position after the record at {@code offset} of a partition. */
	FeedPosition afterRecord(ContentType type, int partition, long offset) {
		if (partition < 0 || offset < next(type, partition)) {
			return this;
		}
		long[][] copy = this.next.clone();
		long[] offsets = Arrays.copyOf(copy[type.ordinal()], Math.max(copy[type.ordinal()].length, partition + 1));
		offsets[partition] = offset + 1;
		copy[type.ordinal()] = offsets;
		return new FeedPosition(copy, this.released, this.partial);
	}

	/** This position once scheduled items are released up to and including a key. */
	FeedPosition releasedTo(FeedKey key) {
		if (this.released != null && this.released.compareTo(key) <= 0) {
			return this;
		}
		return new FeedPosition(this.next, key, this.partial);
	}

	/**
	 * Whether a client at this position has seen a change.
	 * @param type the resource's type
	 * @param partition the partition of the record the change came from ({@code -1}: not
	 * from a topic, never covered)
	 * @param offset the record's offset
	 * @param release for the release of a scheduled item when its time came: its key;
	 * {@code null} for the change that the record itself made
	 * @return whether the change is covered
	 */
	boolean covers(ContentType type, int partition, long offset, @Nullable FeedKey release) {
		if (partition < 0 || offset >= next(type, partition)) {
			return false;
		}
		return release == null || (this.released != null && release.compareTo(this.released) >= 0);
	}

	/** Whether this position covers every change that {@code other} covers. */
	boolean isAtOrAfter(FeedPosition other) {
		for (int type = 0; type < TYPES.length; type++) {
			long[] theirs = other.next[type];
			for (int partition = 0; partition < theirs.length; partition++) {
				if (theirs[partition] > next(TYPES[type], partition)) {
					return false;
				}
			}
		}
		return other.released == null || (this.released != null && this.released.compareTo(other.released) <= 0);
	}

	/** The position that covers what either covers: the later of each part. */
	FeedPosition union(FeedPosition other) {
		if (isAtOrAfter(other)) {
			return this;
		}
		if (other.isAtOrAfter(this)) {
			return other;
		}
		long[][] merged = new long[TYPES.length][];
		for (int type = 0; type < TYPES.length; type++) {
			long[] mine = this.next[type];
			long[] theirs = other.next[type];
			long[] offsets = new long[Math.max(mine.length, theirs.length)];
			for (int partition = 0; partition < offsets.length; partition++) {
				offsets[partition] = Math.max(next(TYPES[type], partition), other.next(TYPES[type], partition));
			}
			merged[type] = offsets;
		}
		FeedKey key = (this.released == null) ? other.released
				: (other.released == null || this.released.compareTo(other.released) <= 0) ? this.released
						: other.released;
		return new FeedPosition(merged, key, this.partial && other.partial);
	}

	/** The position as a token: an SSE event id or a {@code since} of the changes. */
	public String token() {
		String written = this.token;
		if (written == null) {
			written = write();
			this.token = written;
		}
		return written;
	}

	/**
	 * Reads a token.
	 * @param token a token from {@link #token()}
	 * @return the position, or {@code null} when it is not a token of this format
	 */
	public static @Nullable FeedPosition parse(String token) {
		ChangesToken parsed = ChangesToken.parse(token).orElse(null);
		if (parsed == null || parsed.offsets().size() > TYPES.length) {
			return null;
		}
		try {
			FeedKey released = parsed.released().isEmpty() ? null : parseKey(parsed.released());
			long[][] next = new long[TYPES.length][];
			for (int type = 0; type < TYPES.length; type++) {
				// A token written before a type was added has no group for it: none read.
				next[type] = (type < parsed.offsets().size()) ? parsed.offsets().get(type) : new long[0];
			}
			return new FeedPosition(next, released, parsed.partial());
		}
		catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException ex) {
			return null;
		}
	}

	private static FeedKey parseKey(String text) {
		String[] parts = text.split("_", 4);
		if (parts.length != 4) {
			throw new IllegalArgumentException("not a key");
		}
		int type = Integer.parseInt(parts[2]);
		if (type < 0 || type >= TYPES.length) {
			throw new IllegalArgumentException("not a type");
		}
		Instant publishedAt = Instant.ofEpochSecond(Long.parseLong(parts[0], 36), Long.parseLong(parts[1], 36));
		String id = new String(Base64.getUrlDecoder().decode(parts[3]), StandardCharsets.UTF_8);
		return new FeedKey(publishedAt, TYPES[type], id);
	}

	private String write() {
		StringBuilder out = new StringBuilder(48).append(this.partial ? "1p" : "1").append('.');
		if (this.released != null) {
			out.append(Long.toString(this.released.publishedAt().getEpochSecond(), 36))
				.append('_')
				.append(Integer.toString(this.released.publishedAt().getNano(), 36))
				.append('_')
				.append(this.released.type().ordinal())
				.append('_')
				.append(ID_ENCODER.encodeToString(this.released.id().getBytes(StandardCharsets.UTF_8)));
		}
		for (long[] offsets : this.next) {
			out.append('.');
			for (int partition = 0; partition < offsets.length; partition++) {
				if (partition > 0) {
					out.append('_');
				}
				out.append(Long.toString(offsets[partition], 36));
			}
		}
		return out.toString();
	}

	@Override
	public String toString() {
		return token();
	}

}
