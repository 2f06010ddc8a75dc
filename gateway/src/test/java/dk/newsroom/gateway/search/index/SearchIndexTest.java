package dk.newsroom.gateway.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.reader.item.SiteContent;
import dk.newsroom.gateway.search.SearchFixture;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dk.newsroom.gateway.search.SearchFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index on disk: a restart continues from the positions of the last commit, a process
 * killed between commits loses nothing the topics cannot give again, and a stale
 * directory is rebuilt.
 */
class SearchIndexTest {

	static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	static final TopicPartition ARTICLES = new TopicPartition("newsroom.articles.v1", 0);

	@TempDir
	Path directory;

	private static Map<String, Object> article(String id, String headline, long version) {
		Map<String, Object> json = SiteContent.article(id, NOW.minus(Duration.ofHours(1)), version);
		json.put("headline", headline);
		return json;
	}

	@Test
	void aRestartContinuesFromTheLastCommitWithItsVersions() throws IOException {
		MutableClock clock = new MutableClock(NOW);
		try (SearchFixture search = new SearchFixture(clock, this.directory)) {
			assertThat(search.index().wasRebuilt()).isTrue();
			assertThat(search.index().startOffsets(Set.of(ARTICLES))).isEmpty();
			search.publish(ContentType.ARTICLE, article("a1", "Ransomware i Vestkyst Kommune", 2));
			search.publish(ContentType.ARTICLE, article("a2", "Datacentre ved fjorden", 1));
			search.index().polled(Map.of(ARTICLES, 2L));
			search.index().caughtUp();
		}
		clock.advance(Duration.ofHours(1));
		try (SearchFixture search = new SearchFixture(clock, this.directory)) {
			assertThat(search.index().wasRebuilt()).isFalse();
			assertThat(search.index().startOffsets(Set.of(ARTICLES))).containsExactly(Map.entry(ARTICLES, 2L));
			// An older version read again (a duplicate) does not replace what was
			// indexed.
			search.publish(ContentType.ARTICLE, article("a1", "Gammel overskrift om ransomware", 1));
			search.index().caughtUp();
			assertThat(ids(search.search("ransomware"))).containsExactly("a1");
			assertThat(ids(search.search("gammel"))).isEmpty();
			assertThat(ids(search.search("datacenter"))).containsExactly("a2");
		}
	}

	@Test
	void aProcessKilledBetweenCommitsRestartsFromTheCommitAndTheTopicsGiveTheRestAgain() throws IOException {
		MutableClock clock = new MutableClock(NOW);
		Path killed = this.directory.resolve("killed");
		try (SearchFixture search = new SearchFixture(clock, this.directory.resolve("live"))) {
			search.publish(ContentType.ARTICLE, article("a1", "Ransomware i Vestkyst Kommune", 1));
			search.index().polled(Map.of(ARTICLES, 1L));
			// The positions of a batch count once the lanes have indexed it.
			search.index().awaitApplied();
			search.index().commit();
			// Applied after the commit: on disk only in part, if at all.
			search.publish(ContentType.ARTICLE, article("a2", "Ransomware hos leverandøren", 1));
			search.index().polled(Map.of(ARTICLES, 2L));
			search.refresh();
			assertThat(ids(search.search("ransomware"))).hasSize(2);
			// The files as a kill at this moment leaves them.
			copy(this.directory.resolve("live"), killed);
		}
		try (SearchFixture search = new SearchFixture(clock, killed)) {
			assertThat(search.index().wasRebuilt()).isFalse();
			assertThat(search.index().startOffsets(Set.of(ARTICLES))).containsExactly(Map.entry(ARTICLES, 1L));
			search.index().caughtUp();
			assertThat(ids(search.search("ransomware"))).containsExactly("a1");
			// The reader continues at offset 1 and reads a2 again.
			search.publish(ContentType.ARTICLE, article("a2", "Ransomware hos leverandøren", 1));
			search.refresh();
			assertThat(ids(search.search("ransomware"))).containsExactlyInAnyOrder("a1", "a2");
		}
	}

	@Test
	void aCommitOlderThanTheTombstonesAreKeptIsRebuiltFromTheBeginning() throws IOException {
		MutableClock clock = new MutableClock(NOW);
		try (SearchFixture search = new SearchFixture(clock, this.directory)) {
			search.publish(ContentType.ARTICLE, article("a1", "Ransomware i Vestkyst Kommune", 1));
			search.index().polled(Map.of(ARTICLES, 1L));
			search.index().caughtUp();
		}
		clock.advance(Duration.ofHours(25));
		try (SearchFixture search = new SearchFixture(clock, this.directory)) {
			assertThat(search.index().wasRebuilt()).isTrue();
			assertThat(search.index().startOffsets(Set.of(ARTICLES))).isEmpty();
			assertThat(search.index().documents()).isZero();
		}
	}

	@Test
	void anIndexOfAnotherAnalysisOrWithoutPositionsIsStale() {
		String format = "danish-1-abc/documents-1";
		Map<String, String> stored = Map.of(IndexCommitData.FORMAT_KEY, format, IndexCommitData.COMMITTED_KEY,
				Long.toString(NOW.toEpochMilli()), IndexCommitData.POSITIONS_KEY, "t 0 5\n");
		long now = NOW.toEpochMilli();
		assertThat(IndexCommitData.staleness(stored, format, now, Duration.ofHours(24))).isNull();
		assertThat(IndexCommitData.staleness(Map.of(), format, now, Duration.ofHours(24))).isEqualTo("empty");
		assertThat(IndexCommitData.staleness(stored, "danish-2-def/documents-1", now, Duration.ofHours(24)))
			.startsWith("written with danish-1-abc");
		assertThat(IndexCommitData.staleness(Map.of(IndexCommitData.FORMAT_KEY, format), format, now,
				Duration.ofHours(24)))
			.isEqualTo("no positions");
		assertThat(IndexCommitData.readPositions(
				IndexCommitData.writePositions(Map.of(ARTICLES, 7L, new TopicPartition("newsroom.events.v1", 2), 11L))))
			.containsExactlyInAnyOrderEntriesOf(Map.of(ARTICLES, 7L, new TopicPartition("newsroom.events.v1", 2), 11L));
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (!file.getFileName().toString().equals("write.lock")) {
					Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

}
