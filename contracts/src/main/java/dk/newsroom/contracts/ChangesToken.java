package dk.newsroom.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The position token of the gateway's {@code /api/changes} ({@code since}, {@code next})
 * and of its live stream ({@code Last-Event-ID}), as a contract other programs may read
 * (docs/changes.md, "The token"):
 *
 * <pre>
 * token    = version "." released 3*4( "." offsets )
 * version  = "1" / "1p"            ; "1p": handed out in the middle of a paged read
 * released = "" / seconds "_" nanos "_" type "_" id   ; how far scheduled items were released
 * offsets  = "" / offset *( "_" offset )               ; one per partition, in partition order
 * offset   = 1*( DIGIT / a-z )     ; base 36: the offset after the last record seen
 * </pre>
 *
 * The groups of offsets follow the gateway's content types: {@code newsroom.articles.v1},
 * {@code newsroom.events.v1}, {@code newsroom.people.v1} (the contract's
 * {@link ContractType} order), then types the contract does not define (a fourth group in
 * a gateway with the podcasts example). A group that is missing or empty, or a partition
 * past its end, has seen nothing (offset 0). A client at a token has seen the change of a
 * record exactly when the record's offset is below its partition's offset here, in a
 * partial token too. Everything after a token is therefore, per partition, the records
 * from that offset on. Scheduled items released when their time came are not records;
 * only the gateway reads {@code released}.
 *
 * @param partial whether the token was handed out in the middle of a paged read
 * @param released the release mark as written, empty when none
 * @param offsets per group (topic), the offset after the last record seen of each
 * partition
 */
public record ChangesToken(boolean partial, String released, List<long[]> offsets) {

	/** The largest number of groups a token of this version may have. */
	public static final int MAX_GROUPS = 8;

	/** What a token looks like (a syntax check; {@link #parse} decides). */
	public static final Pattern SYNTAX = Pattern
		.compile("1p?\\.[0-9A-Za-z_-]{0,200}(\\.[0-9a-z_]{0,400}){3," + MAX_GROUPS + "}");

	public ChangesToken {
		offsets = List.copyOf(offsets);
	}

	/**
	 * Reads a token.
	 * @param token the text of a token
	 * @return the token, or empty when the text is not one of this version
	 */
	public static Optional<ChangesToken> parse(String token) {
		if (token == null || !SYNTAX.matcher(token).matches()) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.", -1);
		List<long[]> groups = new ArrayList<>(parts.length - 2);
		try {
			for (int part = 2; part < parts.length; part++) {
				groups.add(offsets(parts[part]));
			}
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return Optional.of(new ChangesToken(parts[0].equals("1p"), parts[1], groups));
	}

	private static long[] offsets(String group) {
		if (group.isEmpty()) {
			return new long[0];
		}
		String[] texts = group.split("_", -1);
		long[] offsets = new long[texts.length];
		for (int partition = 0; partition < texts.length; partition++) {
			offsets[partition] = Long.parseLong(texts[partition], 36);
			if (offsets[partition] < 0) {
				throw new NumberFormatException("negative offset");
			}
		}
		return offsets;
	}

	/**
	 * The offset after the last record seen of a partition of a group.
	 * @param group the group (0: articles, 1: events, 2: people, ...)
	 * @param partition the partition
	 * @return the offset, 0 when the token has none for it
	 */
	public long offset(int group, int partition) {
		if (group < 0 || group >= this.offsets.size()) {
			return 0;
		}
		long[] partitions = this.offsets.get(group);
		return (partition >= 0 && partition < partitions.length) ? partitions[partition] : 0;
	}

	/**
	 * The offset after the last record seen of a partition of a topic of the contract.
	 * @param type the content type whose topic it is
	 * @param partition the partition
	 * @return the offset, 0 when the token has none for it
	 */
	public long offset(ContractType type, int partition) {
		return offset(type.ordinal(), partition);
	}

}
