package dk.newsroom.localstack.app;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls an app's readiness endpoint until it answers 200, the app's process dies, or the
 * time is up.
 */
public final class ReadinessProbe {

	private static final Duration INTERVAL = Duration.ofMillis(250);

	private static final int LOG_LINES_SHOWN = 15;

	private final HttpClient http;

	private final Duration timeout;

	public ReadinessProbe(HttpClient http, Duration timeout) {
		this.http = http;
		this.timeout = timeout;
	}

	/**
	 * @param app the app's process
	 * @param cancelled true once the stack is stopping, which ends the wait quietly
	 * @return how long the app took since it was launched
	 * @throws AppNotReadyException if the app exits or does not get ready in time
	 * @throws InterruptedException if the wait is interrupted or cancelled
	 */
	public Duration awaitReady(RunningApp app, BooleanSupplier cancelled) throws InterruptedException {
		long start = app.process()
			.info()
			.startInstant()
			.map((instant) -> instant.toEpochMilli())
			.orElse(System.currentTimeMillis());
		long deadline = System.nanoTime() + this.timeout.toNanos();
		String lastAnswer = "no answer yet";
		HttpRequest request = HttpRequest.newBuilder(app.app().readinessUrl())
			.timeout(Duration.ofSeconds(5))
			.GET()
			.build();
		while (true) {
			if (cancelled.getAsBoolean()) {
				throw new InterruptedException("stack is stopping");
			}
			if (!app.isAlive()) {
				throw new AppNotReadyException(
						app.app().name() + " exited with code " + app.process().exitValue() + " before it was ready.",
						app.log(), app.logTail(LOG_LINES_SHOWN));
			}
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return Duration.ofMillis(System.currentTimeMillis() - start);
				}
				lastAnswer = response.statusCode() + " " + abbreviate(response.body());
			}
			catch (IOException ex) {
				lastAnswer = ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
			}
			if (System.nanoTime() > deadline) {
				throw new AppNotReadyException(
						app.app().name() + " was not ready after " + this.timeout.toSeconds() + " s (last answer from "
								+ app.app().readinessUrl() + ": " + lastAnswer + ").",
						app.log(), app.logTail(LOG_LINES_SHOWN));
			}
			Thread.sleep(INTERVAL.toMillis());
		}
	}

	private static String abbreviate(String body) {
		String flat = body.replaceAll("\\s+", " ").strip();
		return (flat.length() > 300) ? flat.substring(0, 300) + "…" : flat;
	}

}
