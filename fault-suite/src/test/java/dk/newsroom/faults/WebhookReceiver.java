package dk.newsroom.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on the loopback address that verifies nothing: it records every
 * request as it arrives (its {@code webhook-id} and the CloudEvent's {@code id},
 * {@code type}, {@code subject} and {@code entityversion}) and answers 200 after 50 to
 * 150 ms, so deliveries are in flight most of the time. While its gate is closed it
 * answers nothing: requests that arrive or are due then are held, unanswered, until it
 * opens again.
 */
final class WebhookReceiver implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MIN_DELAY_MS = 50;

	private static final int MAX_DELAY_MS = 150;

	private final HttpServer server;

	private final ExecutorService handlers = Executors.newFixedThreadPool(8);

	private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor();

	private final List<Arrival> arrivals = new ArrayList<>();

	private final List<Held> held = new ArrayList<>();

	private boolean gateClosed;

	WebhookReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::receive);
		this.server.setExecutor(this.handlers);
		this.server.start();
	}

	/** The URL to subscribe. */
	String url() {
		return "http://" + this.server.getAddress().getAddress().getHostAddress() + ":"
				+ this.server.getAddress().getPort() + "/hooks";
	}

	private void receive(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		JsonNode event = JSON.readTree(new String(body, StandardCharsets.UTF_8));
		Arrival arrival;
		synchronized (this) {
			arrival = new Arrival(this.arrivals.size(), exchange.getRequestHeaders().getFirst("webhook-id"),
					event.path("id").asString(), event.path("type").asString(), event.path("subject").asString(),
					Long.parseLong(event.path("entityversion").asString()));
			this.arrivals.add(arrival);
		}
		long delay = ThreadLocalRandom.current().nextLong(MIN_DELAY_MS, MAX_DELAY_MS + 1);
		this.answers.schedule(() -> answerOrHold(new Held(arrival, exchange)), delay, TimeUnit.MILLISECONDS);
	}

	private void answerOrHold(Held request) {
		synchronized (this) {
			if (this.gateClosed) {
				this.held.add(request);
				return;
			}
		}
		answer(request.exchange());
	}

	private static void answer(HttpExchange exchange) {
		byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
		try {
			exchange.sendResponseHeaders(200, ok.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(ok);
			}
		}
		catch (IOException ex) {
			// The sender is gone (killed): nobody hears the answer.
		}
		finally {
			exchange.close();
		}
	}

	/** From now on, requests are held unanswered. */
	synchronized void closeGate() {
		this.gateClosed = true;
	}

	/**
	 * Answers the held requests (to whoever still listens) and every later one again.
	 * @return the requests that were held
	 */
	List<Arrival> openGate() {
		List<Held> released;
		synchronized (this) {
			this.gateClosed = false;
			released = List.copyOf(this.held);
			this.held.clear();
		}
		released.forEach((request) -> answer(request.exchange()));
		return released.stream().map(Held::arrival).toList();
	}

	/** How many requests are held now. */
	synchronized int heldCount() {
		return this.held.size();
	}

	/** Every request so far, in the order they arrived. */
	synchronized List<Arrival> arrivals() {
		return List.copyOf(this.arrivals);
	}

	synchronized int arrivalCount() {
		return this.arrivals.size();
	}

	@Override
	public void close() {
		openGate();
		this.server.stop(0);
		this.answers.shutdownNow();
		this.handlers.shutdownNow();
	}

	/**
	 * One request.
	 *
	 * @param sequence its place in the order of arrival (0 first)
	 * @param webhookId its {@code webhook-id} header
	 * @param eventId the CloudEvent's {@code id}
	 */
	record Arrival(int sequence, String webhookId, String eventId, String type, String subject, long version) {

		/** The ordering key of webhooks-service: {@code <content type>:<id>}. */
		String key() {
			String contentType = this.type.substring("dk.newsroom.".length(), this.type.lastIndexOf('.'));
			return contentType + ":" + this.subject;
		}

	}

	private record Held(Arrival arrival, HttpExchange exchange) {
	}

}
