package dk.newsroom.platform.metrics;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

class ContentWriteMetricsFilterTest {

	@Test
	void namesTheOperationOfEachWriteRoute() {
		assertThat(operation(HttpMethod.POST, "/api/articles")).isEqualTo("create");
		assertThat(operation(HttpMethod.POST, "/api/people/preview")).isEqualTo("preview");
		assertThat(operation(HttpMethod.PUT, "/api/events/e1")).isEqualTo("update");
		assertThat(operation(HttpMethod.POST, "/api/articles/a1/publish")).isEqualTo("publish");
		assertThat(operation(HttpMethod.POST, "/api/articles/a1/withdraw")).isEqualTo("withdraw");
		assertThat(operation(HttpMethod.DELETE, "/api/articles/a1")).isEqualTo("delete");
	}

	@Test
	void leavesReadsAndOtherPathsAlone() {
		assertThat(operation(HttpMethod.GET, "/api/articles")).isNull();
		assertThat(operation(HttpMethod.GET, "/api/articles/a1")).isNull();
		assertThat(operation(HttpMethod.POST, "/actuator/health")).isNull();
		assertThat(operation(HttpMethod.POST, "/api/articles/a1/unknown")).isNull();
	}

	@Test
	void readsTheOutcomeFromTheStatus() {
		assertThat(outcome(200)).isEqualTo("success");
		assertThat(outcome(201)).isEqualTo("success");
		assertThat(outcome(204)).isEqualTo("success");
		assertThat(outcome(400)).isEqualTo("invalid");
		assertThat(outcome(413)).isEqualTo("invalid");
		assertThat(outcome(415)).isEqualTo("invalid");
		assertThat(outcome(404)).isEqualTo("not_found");
		assertThat(outcome(409)).isEqualTo("conflict");
		assertThat(outcome(412)).isEqualTo("precondition_failed");
		assertThat(outcome(428)).isEqualTo("precondition_failed");
		assertThat(outcome(500)).isEqualTo("error");
		assertThat(outcome(503)).isEqualTo("error");
		assertThat(outcome(401)).as("refused, not counted").isNull();
		assertThat(outcome(403)).as("refused, not counted").isNull();
	}

	private static String operation(HttpMethod method, String path) {
		return ContentWriteMetricsFilter.operationOf(method, PathContainer.parsePath(path));
	}

	private static String outcome(int status) {
		return ContentWriteMetricsFilter.outcomeOf(HttpStatusCode.valueOf(status));
	}

}
