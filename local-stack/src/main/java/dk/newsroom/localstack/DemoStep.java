package dk.newsroom.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dk.newsroom.localstack.app.App;
import dk.newsroom.localstack.app.AppTable;
import dk.newsroom.localstack.datadir.DataDir;
import dk.newsroom.localstack.demo.ContentApi;
import dk.newsroom.localstack.demo.DemoCatalog;
import dk.newsroom.localstack.demo.DemoJournal;
import dk.newsroom.localstack.demo.DemoLoadException;
import dk.newsroom.localstack.demo.DemoLoader;
import dk.newsroom.localstack.token.StackTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo content through the gateway (which proves its routes), or straight into
 * a service when no gateway runs, with short-lived tokens allowed to write it. A failure
 * is reported but does not stop the stack; the next start resumes the load.
 */
final class DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoStep.class);

	/** Long enough for any demo request, short enough to be worthless once it is done. */
	static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

	static final String TOKEN_SUBJECT = "local-stack-demo";

	private final HttpClient http;

	private final DataDir dataDir;

	private final StackTokens tokens;

	DemoStep(HttpClient http, DataDir dataDir, StackTokens tokens) {
		this.http = http;
		this.dataDir = dataDir;
		this.tokens = tokens;
	}

	void run(List<App> running) throws InterruptedException {
		DemoJournal journal = new DemoJournal(this.dataDir.demoJournal(), this.dataDir.demoMarker());
		if (journal.isComplete()) {
			log.info("Demo content is already loaded ({}).", journal.marker());
			return;
		}
		// Minted in this process for each request: the demo load may write every content
		// type.
		ContentApi api = new ContentApi(this.http,
				() -> this.tokens.mint(TOKEN_SUBJECT, StackTokens.WRITE_SCOPES, TOKEN_LIFETIME));
		DemoLoader loader = new DemoLoader(api, journal, Clock.systemUTC());
		try {
			DemoLoader.Outcome outcome = loader.load(DemoCatalog.load(), (collection) -> baseUrl(running, collection));
			if (outcome.loaded() > 0) {
				log.info("Demo content loaded: {} items published, {} of them scheduled for later.", outcome.loaded(),
						outcome.scheduled());
			}
			if (!outcome.skipped().isEmpty()) {
				log.warn("{} demo items wait for a start where their service runs: {}", outcome.skipped().size(),
						outcome.skipped()
							.stream()
							.map((key) -> AppTable.ownerOf(key.substring(0, key.indexOf('/'))))
							.distinct()
							.toList());
			}
		}
		catch (DemoLoadException ex) {
			log.error("Demo content could not be loaded: {}. The next start resumes the load.", ex.getMessage());
		}
	}

	private static Optional<URI> baseUrl(List<App> running, String collection) {
		String owner = AppTable.ownerOf(collection);
		if (running.stream().noneMatch((app) -> app.name().equals(owner))) {
			return Optional.empty();
		}
		return running.stream()
			.filter((app) -> app.name().equals("gateway"))
			.findFirst()
			.or(() -> running.stream().filter((app) -> app.name().equals(owner)).findFirst())
			.map(App::baseUrl);
	}

}
