package dk.newsroom.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.newsroom.localstack.app.App;
import dk.newsroom.localstack.datadir.DataDir;
import dk.newsroom.localstack.token.StackTokens;
import dk.newsroom.localstack.token.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class DemoStepTest {

	@TempDir
	Path folder;

	private HttpServer server;

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private final AtomicInteger ids = new AtomicInteger();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/", this::handle);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void loadsTheDemoContentWithShortLivedWriteTokensSignedWithTheStacksKey() throws Exception {
		DataDir dataDir = new DataDir(this.folder).create();
		StackTokens tokens = StackTokens.loadOrCreate(dataDir);
		int port = this.server.getAddress().getPort();
		List<App> running = List.of(app("articles-service", port), app("events-service", port),
				app("people-service", port));

		new DemoStep(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), dataDir, tokens)
			.run(running);

		assertThat(dataDir.demoMarker()).exists();
		assertThat(this.authorizations).isNotEmpty().allSatisfy((header) -> {
			assertThat(header).startsWith("Bearer ");
			Jwt jwt = Tokens.verify(header.substring("Bearer ".length()), StackTokens.publicKeyFile(dataDir));
			assertThat(jwt.getAudience()).containsExactly("newsroom");
			assertThat(jwt.getClaimAsString("scope")).isEqualTo("articles:write events:write people:write");
			assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));
		});
	}

	private static App app(String name, int port) {
		return new App(name, Path.of(name + ".jar"), port, "unused", List.of());
	}

	private void handle(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		this.authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
		boolean publish = exchange.getRequestURI().getPath().endsWith("/publish");
		byte[] body = (publish ? "{}" : "{\"id\":\"id-" + this.ids.incrementAndGet() + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(publish ? 200 : 201, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
