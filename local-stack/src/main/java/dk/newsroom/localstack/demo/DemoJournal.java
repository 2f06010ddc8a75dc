package dk.newsroom.localstack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers what of the demo content is in. While loading, each step is appended to the
 * journal ({@code data/.demo-loading}), so a load cut short resumes where it stopped
 * instead of creating duplicates. Once every item is created and published, the marker
 * ({@code data/.demo-loaded}) is written, one {@code <key> <id> <publishedAt>} a line,
 * and the journal removed; from then on the stack never loads the demo again.
 */
public final class DemoJournal {

	private static final String CREATED = "created";

	private static final String PUBLISHED = "published";

	private final Path journal;

	private final Path marker;

	public DemoJournal(Path journal, Path marker) {
		this.journal = journal;
		this.marker = marker;
	}

	public boolean isComplete() {
		return Files.exists(this.marker);
	}

	public Path marker() {
		return this.marker;
	}

	/** What an earlier, unfinished load did, by item key. */
	public Map<String, Entry> progress() {
		Map<String, Entry> entries = new LinkedHashMap<>();
		if (!Files.exists(this.journal)) {
			return entries;
		}
		for (String line : readLines(this.journal)) {
			String[] fields = line.strip().split(" ");
			if (fields.length == 3 && fields[0].equals(CREATED)) {
				entries.put(fields[1], new Entry(fields[1], fields[2], null));
			}
			else if (fields.length == 4 && fields[0].equals(PUBLISHED)) {
				entries.put(fields[1], new Entry(fields[1], fields[2], Instant.parse(fields[3])));
			}
		}
		return entries;
	}

	void created(String key, String id) {
		append(CREATED + " " + key + " " + id);
	}

	void published(String key, String id, Instant at) {
		append(PUBLISHED + " " + key + " " + id + " " + at);
	}

	/** Writes the marker atomically, then drops the journal. */
	void complete(Collection<Entry> entries) {
		StringBuilder text = new StringBuilder("# Demo content loaded by the local stack on ").append(Instant.now())
			.append(". Delete the data folder to start afresh.\n# <item> <id> <publishedAt>\n");
		entries.forEach((entry) -> text.append(entry.key())
			.append(' ')
			.append(entry.id())
			.append(' ')
			.append(entry.publishedAt())
			.append('\n'));
		try {
			Path written = this.marker.resolveSibling(this.marker.getFileName() + ".tmp");
			Files.writeString(written, text, StandardCharsets.UTF_8);
			Files.move(written, this.marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			Files.deleteIfExists(this.journal);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.marker, ex);
		}
	}

	private void append(String line) {
		try {
			Files.writeString(this.journal, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.journal, ex);
		}
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/**
	 * @param key the item's key
	 * @param id the id the service gave it
	 * @param publishedAt when it was published (or scheduled), {@code null} if not yet
	 */
	public record Entry(String key, String id, Instant publishedAt) {

		boolean isPublished() {
			return this.publishedAt != null;
		}

	}

}
