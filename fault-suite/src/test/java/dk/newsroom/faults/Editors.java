package dk.newsroom.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editors writing concurrently through both replicas (round robin): creates, edits,
 * publishes, withdrawals and deletes of their own articles, each write with the version
 * it last saw in {@code If-Match}. Every write the service acknowledged (2xx) is recorded
 * with the version it answered; a write that got no answer (a killed replica, a timeout)
 * is re-read from a replica before the editor goes on, since it may or may not have been
 * stored. Editors keep a pace: load, not a flood that takes the CPU from the apps being
 * restarted.
 */
final class Editors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	/**
	 * One step per editor at most this often: four editors write about 30 times a second,
	 * so writes are in flight at every fault.
	 */
	private static final Duration PACE = Duration.ofMillis(120);

	/**
	 * How long an editor waits after a request that got no answer (a replica down refuses
	 * at once) before its next request.
	 */
	private static final Duration AFTER_NO_ANSWER = Duration.ofMillis(250);

	private final List<URI> replicas;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();

	private final AtomicLong writes = new AtomicLong();

	private final AtomicLong unanswered = new AtomicLong();

	private final AtomicLong turn = new AtomicLong();

	private final Supplier<String> token = () -> TestTokens.bearer(Scopes.ARTICLES_WRITE);

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	private final String run;

	Editors(String run, List<URI> replicas) {
		this.run = run;
		this.replicas = List.copyOf(replicas);
	}

	/** Starts {@code count} editors; they write until {@link #pause()}. */
	synchronized void start(int count) {
		this.running = true;
		for (int editor = 0; editor < count; editor++) {
			Editor work = new Editor(this.run + "-" + editor + "-" + this.threads.size(),
					new Random(31L * editor + this.threads.size()));
			Thread thread = new Thread(work::run, "editor-" + editor);
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
	}

	/** Stops every editor after its write in progress. */
	synchronized void pause() {
		this.running = false;
		for (Thread thread : this.threads) {
			try {
				thread.join(TIMEOUT.multipliedBy(3).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	/** Per id, the highest version a write was acknowledged with, and its state then. */
	Map<String, Acknowledged> acknowledged() {
		return Map.copyOf(this.acknowledged);
	}

	long writes() {
		return this.writes.get();
	}

	long unanswered() {
		return this.unanswered.get();
	}

	private final class Editor {

		private final String name;

		private final Random random;

		private final Map<String, Known> articles = new java.util.LinkedHashMap<>();

		private int created;

		Editor(String name, Random random) {
			this.name = name;
			this.random = random;
		}

		void run() {
			long next = System.nanoTime();
			while (Editors.this.running) {
				next += PACE.toNanos();
				try {
					step();
				}
				catch (RuntimeException ex) {
					// A broken answer: re-read everything this editor knows before going
					// on.
					Editors.this.unanswered.incrementAndGet();
					new ArrayList<>(this.articles.keySet()).forEach(this::reread);
				}
				long ahead = next - System.nanoTime();
				if (ahead > 0) {
					LockSupport.parkNanos(ahead);
				}
				else {
					next = System.nanoTime();
				}
			}
		}

		private void step() {
			if (this.articles.size() < 4 || this.random.nextInt(10) == 0) {
				create();
				return;
			}
			List<String> ids = new ArrayList<>(this.articles.keySet());
			String id = ids.get(this.random.nextInt(ids.size()));
			Known known = this.articles.get(id);
			int dice = this.random.nextInt(4);
			switch (known.status()) {
				case "DRAFT" -> {
					if (dice < 2) {
						write(id, "POST", "/" + id + "/publish", null, known);
					}
					else {
						write(id, "PUT", "/" + id, body(id + " v" + (known.version() + 1)), known);
					}
				}
				case "PUBLISHED" -> {
					if (dice < 2) {
						write(id, "PUT", "/" + id, body(id + " v" + (known.version() + 1)), known);
					}
					else if (dice == 2) {
						write(id, "POST", "/" + id + "/withdraw", null, known);
					}
					else {
						write(id, "DELETE", "/" + id, null, known);
					}
				}
				default -> {
					if (dice < 3) {
						write(id, "POST", "/" + id + "/publish", null, known);
					}
					else {
						write(id, "DELETE", "/" + id, null, known);
					}
				}
			}
		}

		private void create() {
			String headline = this.name + "-" + (++this.created);
			HttpResponse<String> response = send("POST", "", body(headline), null);
			if (response == null) {
				// Unknown whether it was stored: the store scan of the checks covers it.
				return;
			}
			if (response.statusCode() == 201) {
				JsonNode article = JSON.readTree(response.body());
				acknowledge(article.get("id").asString(), article);
			}
		}

		private void write(String id, String method, String path, String body, Known known) {
			HttpResponse<String> response = send(method, path, body, known.version());
			if (response == null) {
				reread(id);
				return;
			}
			int status = response.statusCode();
			if (status == 204) {
				Editors.this.acknowledged.merge(id, new Acknowledged(known.version() + 1, "DELETED"),
						Acknowledged::later);
				this.articles.remove(id);
			}
			else if (status >= 200 && status < 300) {
				acknowledge(id, JSON.readTree(response.body()));
			}
			else {
				// 412, 409, 404, 5xx: what the store holds decides.
				reread(id);
			}
		}

		private void acknowledge(String id, JsonNode article) {
			long version = article.get("version").asLong();
			String status = article.get("status").asString();
			Editors.this.acknowledged.merge(id, new Acknowledged(version, status), Acknowledged::later);
			this.articles.put(id, new Known(version, status));
		}

		private void reread(String id) {
			for (int attempt = 0; attempt < 2 * Editors.this.replicas.size(); attempt++) {
				HttpResponse<String> response = send("GET", "/" + id, null, null);
				if (response == null) {
					continue;
				}
				if (response.statusCode() == 200) {
					JsonNode article = JSON.readTree(response.body());
					this.articles.put(id, new Known(article.get("version").asLong(), article.get("status").asString()));
					return;
				}
				if (response.statusCode() == 404) {
					this.articles.remove(id);
					return;
				}
			}
			// No replica answers now: forget it; the checks compare the store anyway.
			this.articles.remove(id);
		}

		/**
		 * @return the answer, or null when none came (refused, reset, timed out)
		 */
		private HttpResponse<String> send(String method, String path, String body, Long ifMatch) {
			URI replica = Editors.this.replicas
				.get((int) (Editors.this.turn.getAndIncrement() % Editors.this.replicas.size()));
			HttpRequest.Builder request = HttpRequest.newBuilder(replica.resolve("/api/articles" + path))
				.timeout(TIMEOUT)
				.header("Authorization", Editors.this.token.get())
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
						: HttpRequest.BodyPublishers.noBody());
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			if (ifMatch != null) {
				request.header("If-Match", "\"" + ifMatch + "\"");
			}
			boolean isWrite = !"GET".equals(method);
			try {
				HttpResponse<String> response = Editors.this.http.send(request.build(),
						HttpResponse.BodyHandlers.ofString());
				if (isWrite && response.statusCode() >= 200 && response.statusCode() < 300) {
					Editors.this.writes.incrementAndGet();
				}
				return response;
			}
			catch (IOException ex) {
				if (isWrite) {
					Editors.this.unanswered.incrementAndGet();
				}
				LockSupport.parkNanos(AFTER_NO_ANSWER.toNanos());
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				Editors.this.running = false;
				return null;
			}
		}

		private String body(String headline) {
			Map<String, Object> article = Map.of("headline", "Fejltest: " + headline, "lead",
					"Redaktionen prøver platformen af under nedbrud og genstarter.", "body",
					"<p>Artiklen gemmes, udgives, trækkes tilbage og slettes, mens tjenesterne fejler.</p>", "section",
					"Drift", "tags", List.of("fejltest", Editors.this.run));
			return JSON.writeValueAsString(article);
		}

	}

	/** What this editor last saw of an article. */
	private record Known(long version, String status) {
	}

	/**
	 * @param version the highest version a write of the id was acknowledged with
	 * @param status the status that write answered ({@code DELETED} for a delete)
	 */
	record Acknowledged(long version, String status) {

		static Acknowledged later(Acknowledged a, Acknowledged b) {
			return (b.version() >= a.version()) ? b : a;
		}

	}

}
