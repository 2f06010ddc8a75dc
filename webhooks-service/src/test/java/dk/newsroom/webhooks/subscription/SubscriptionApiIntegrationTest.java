package dk.newsroom.webhooks.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.hostile.HostileRequest;
import dk.newsroom.testsupport.hostile.HostileRequests;
import dk.newsroom.testsupport.hostile.HostileRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriptions API: its life cycle, who may use it, the SSRF refusals at
 * registration, and the shared hostile-input cases against create and replace.
 */
@NewsroomIntegrationTest
class SubscriptionApiIntegrationTest {

	static final String PATH = "/api/webhooks/subscriptions";

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void createsShowsTheSecretOnceListsUpdatesPausesResumesAndDeletes() {
		Map<?, ?> created = admin().post()
			.uri(PATH)
			.bodyValue(valid())
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", PATH + "/[0-9a-f]{24}")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String id = created.get("id").toString();
		assertThat(created.get("secret").toString()).matches("whsec_[A-Za-z0-9+/]{43}=");
		assertThat(created.get("status")).isEqualTo("ACTIVE");
		assertThat(((Map<?, ?>) created.get("filter")).get("types")).isEqualTo(List.of("article"));

		admin().get()
			.uri(PATH + "/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.secret")
			.doesNotExist()
			.jsonPath("$.url")
			.isEqualTo("http://localhost:9/hooks");
		admin().get()
			.uri(PATH + "?limit=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')]")
			.exists()
			.jsonPath("$.items[*].secret")
			.doesNotExist();

		Map<String, Object> changed = Map.of("url", "http://localhost:9/other", "description", "Nyhedsbrev", "filter",
				Map.of("changes", List.of("added")));
		admin().put()
			.uri(PATH + "/{id}", id)
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.url")
			.isEqualTo("http://localhost:9/other")
			.jsonPath("$.filter.changes[0]")
			.isEqualTo("added")
			.jsonPath("$.filter.types")
			.isEmpty();
		admin().post().uri(PATH + "/{id}/pause", id).exchange().expectBody().jsonPath("$.status").isEqualTo("PAUSED");
		admin().post().uri(PATH + "/{id}/resume", id).exchange().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
		admin().delete().uri(PATH + "/{id}", id).exchange().expectStatus().isNoContent();
		admin().get()
			.uri(PATH + "/{id}", id)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void pagesTheListWithACursorAndALink() {
		for (int i = 0; i < 3; i++) {
			admin().post().uri(PATH).bodyValue(valid()).exchange().expectStatus().isCreated();
		}
		admin().get()
			.uri(PATH + "?limit=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Link", "<" + PATH + "\\?limit=2&cursor=[A-Za-z0-9_-]+>; rel=\"next\"")
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.next")
			.isNotEmpty();
		admin().get()
			.uri(PATH + "?limit=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("limit");
	}

	@Test
	void needsATokenWithTheAdminScope() {
		this.http.get().uri(PATH).exchange().expectStatus().isUnauthorized();
		this.http.post().uri(PATH).bodyValue(valid()).exchange().expectStatus().isUnauthorized();
		TestTokens.authorized(this.http, "articles:write", "drafts:read")
			.get()
			.uri(PATH)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://127.0.0.1/hook", "https://10.0.0.1/hook",
			"https://169.254.169.254/latest/meta-data/", "https://[::1]/hook", "https://[::ffff:127.0.0.1]/hook",
			"http://192.168.0.10:8080/hook", "https://100.64.0.1/hook", "javascript:alert(1)",
			"https://user:pw@localhost/hook", "ftp://localhost/hook" })
	void refusesTargetsThatAreNotPublicNamingTheUrl(String url) {
		long before = StoredDocuments.count(this.mongo, SubscriptionDocument.COLLECTION);
		admin().post()
			.uri(PATH)
			.bodyValue(Map.of("url", url))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("url");
		assertThat(StoredDocuments.count(this.mongo, SubscriptionDocument.COLLECTION)).isEqualTo(before);
	}

	@Test
	void refusesHostileBodiesOnCreateAndReplaceAndStoresNothing() {
		String id = admin().post()
			.uri(PATH)
			.bodyValue(valid())
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		List<HostileRequest> cases = HostileRequests.from(this.json.writeValueAsString(valid()))
			.optional("description", "filter", "filter.types", "filter.sections", "filter.tracks", "filter.tags",
					"filter.changes")
			.overlongLength(2_001)
			.maxBodyBytes(64 * 1024)
			.build();
		assertThat(cases).hasSizeGreaterThan(200);
		Supplier<Object> state = () -> List.of(StoredDocuments.count(this.mongo, SubscriptionDocument.COLLECTION),
				this.mongo.findById(id, SubscriptionDocument.class).block().updatedAt());
		List<String> failures = new ArrayList<>();
		failures.addAll(HostileRun.send(admin(), HttpMethod.POST, PATH, (headers) -> {
		}, cases, state));
		failures.addAll(HostileRun.send(admin(), HttpMethod.PUT, PATH + "/" + id, (headers) -> {
		}, cases, state));
		assertThat(failures).as("%d failures", failures.size()).isEmpty();
	}

	static Map<String, Object> valid() {
		return Map.of("url", "http://localhost:9/hooks", "description", "Partnerens CMS: artikler om cloud", "filter",
				Map.of("types", List.of("article"), "sections", List.of("Cloud"), "tracks", List.of("Sikkerhed"),
						"tags", List.of("datacenter"), "changes", List.of("added", "changed")));
	}

	private WebTestClient admin() {
		return TestTokens.authorized(this.http, Scopes.WEBHOOKS_ADMIN);
	}

}
