package dk.newsroom.platform.web;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A store that does not answer (the stand-in dropped a connection under concurrent writes
 * in the benchmark; the driver then paused its pool) is a 503 with {@code Retry-After},
 * not a 500.
 */
class StoreUnavailableTest {

	private final WebTestClient client = WebTestClient.bindToController(new FailingController())
		.controllerAdvice(new ProblemDetailsAdvice())
		.build();

	@ParameterizedTest
	@ValueSource(strings = { "pool-cleared", "socket", "translated" })
	void isA503TheClientMayRetry(String failure) {
		this.client.get()
			.uri("/fail/" + failure)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "1")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.detail")
			.isEqualTo("The content store is not reachable right now; try again shortly")
			.jsonPath("$.instance")
			.isEqualTo("/fail/" + failure);
	}

	@RestController
	static class FailingController {

		private static final ServerAddress ADDRESS = new ServerAddress("localhost", 27017);

		// Made here, on the test's thread: a ClusterId reads the random source, which a
		// request thread must not (BlockHound).
		private final RuntimeException poolCleared = new MongoConnectionPoolClearedException(
				new ServerId(new ClusterId(), ADDRESS), new MongoSocketReadException("closed", ADDRESS));

		@GetMapping("/fail/{failure}")
		Mono<String> fail(@PathVariable String failure) {
			RuntimeException ex = switch (failure) {
				case "pool-cleared" -> this.poolCleared;
				case "socket" -> new MongoSocketReadException("Prematurely reached end of stream", ADDRESS);
				default -> new DataAccessResourceFailureException("timed out");
			};
			return Mono.error(ex);
		}

	}

}
