package dk.newsroom.localstack.demo;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dk.newsroom.localstack.demo.DemoJournal.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and publishes each demo item once, resuming an unfinished load from the
 * journal, and writes the marker when everything is in.
 */
public final class DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final ContentApi api;

	private final DemoJournal journal;

	private final Clock clock;

	public DemoLoader(ContentApi api, DemoJournal journal, Clock clock) {
		this.api = api;
		this.journal = journal;
		this.clock = clock;
	}

	/**
	 * @param items the demo content, in loading order
	 * @param baseUrls where to send each collection's requests (the gateway, or the
	 * owning service when no gateway runs); empty when the service does not run
	 * @return what was done
	 * @throws DemoLoadException if a request fails
	 */
	public Outcome load(List<DemoItem> items, Function<String, Optional<URI>> baseUrls) throws InterruptedException {
		if (this.journal.isComplete()) {
			return new Outcome(0, 0, List.of(), true);
		}
		Map<String, Entry> progress = this.journal.progress();
		Map<String, Entry> done = new LinkedHashMap<>();
		List<String> skipped = new ArrayList<>();
		int scheduled = 0;
		for (DemoItem item : items) {
			Optional<URI> base = baseUrls.apply(item.collection());
			if (base.isEmpty()) {
				skipped.add(item.key());
				continue;
			}
			Entry entry = progress.get(item.key());
			if (entry == null) {
				String id = this.api.create(base.get(), item.collection(), item.content());
				this.journal.created(item.key(), id);
				entry = new Entry(item.key(), id, null);
			}
			if (!entry.isPublished()) {
				Instant at = this.clock.instant().plus(item.publishOffset()).truncatedTo(ChronoUnit.SECONDS);
				this.api.publish(base.get(), item.collection(), entry.id(), at);
				this.journal.published(item.key(), entry.id(), at);
				entry = new Entry(item.key(), entry.id(), at);
			}
			if (entry.publishedAt().isAfter(this.clock.instant())) {
				scheduled++;
			}
			log.debug("Demo item {} is {} (published at {})", item.key(), entry.id(), entry.publishedAt());
			done.put(item.key(), entry);
		}
		if (skipped.isEmpty()) {
			this.journal.complete(done.values());
		}
		return new Outcome(done.size(), scheduled, skipped, false);
	}

	/**
	 * @param loaded how many items are created and published (or scheduled)
	 * @param scheduled how many of them are scheduled for later
	 * @param skipped the items whose service does not run; they are loaded at a later
	 * start
	 * @param alreadyLoaded whether the marker showed an earlier start loaded everything
	 */
	public record Outcome(int loaded, int scheduled, List<String> skipped, boolean alreadyLoaded) {

	}

}
