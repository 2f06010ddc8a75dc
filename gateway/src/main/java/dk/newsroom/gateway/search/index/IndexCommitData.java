package dk.newsroom.gateway.search.index;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * What each commit of an index on disk stores beside its documents: the analysis and
 * document format it was written with, when, and how far the topics were read; and
 * whether a stored index can be continued from.
 */
final class IndexCommitData {

	/** The commit data key of the analysis fingerprint and document format. */
	static final String FORMAT_KEY = "newsroom.search.format";

	/**
	 * The commit data key of the positions read: {@code topic partition offset} lines.
	 */
	static final String POSITIONS_KEY = "newsroom.search.positions";

	/** The commit data key of when the commit was made, epoch milliseconds. */
	static final String COMMITTED_KEY = "newsroom.search.committed";

	private IndexCommitData() {
	}

	/** The data of a commit made now with these positions. */
	static Map<String, String> of(String format, long now, Map<TopicPartition, Long> positions) {
		Map<String, String> data = new HashMap<>();
		data.put(FORMAT_KEY, format);
		data.put(COMMITTED_KEY, Long.toString(now));
		data.put(POSITIONS_KEY, writePositions(positions));
		return data;
	}

	/** The data of the directory's latest commit; empty when it holds no index. */
	static Map<String, String> stored(Directory directory) throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			return Map.of();
		}
		return SegmentInfos.readLatestCommit(directory).getUserData();
	}

	/** Why a stored index cannot be continued from, or {@code null} when it can. */
	static @Nullable String staleness(Map<String, String> stored, String format, long now, Duration maxResumeAge) {
		if (stored.isEmpty()) {
			return "empty";
		}
		if (!format.equals(stored.get(FORMAT_KEY))) {
			return "written with " + stored.get(FORMAT_KEY) + ", now " + format;
		}
		String committed = stored.get(COMMITTED_KEY);
		if (committed == null || stored.get(POSITIONS_KEY) == null) {
			return "no positions";
		}
		long age = now - Long.parseLong(committed);
		if (age > maxResumeAge.toMillis()) {
			return "last committed " + Duration.ofMillis(age).toMinutes()
					+ " minutes ago, longer than the topics keep tombstones";
		}
		return null;
	}

	static String writePositions(Map<TopicPartition, Long> positions) {
		StringBuilder text = new StringBuilder();
		positions.forEach((partition, offset) -> text.append(partition.topic())
			.append(' ')
			.append(partition.partition())
			.append(' ')
			.append(offset)
			.append('\n'));
		return text.toString();
	}

	static Map<TopicPartition, Long> readPositions(@Nullable String text) {
		Map<TopicPartition, Long> positions = new HashMap<>();
		if (text == null) {
			return positions;
		}
		for (String line : text.split("\n")) {
			String[] parts = line.strip().split(" ");
			if (parts.length == 3) {
				positions.put(new TopicPartition(parts[0], Integer.parseInt(parts[1])), Long.parseLong(parts[2]));
			}
		}
		return Map.copyOf(positions);
	}

}
