package dk.newsroom.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dk.newsroom.security.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write and who may read drafts, the same in every content service: each service
 * extends this with {@code @NewsroomIntegrationTest}, its collection, its write scope and
 * a valid body carrying a tag.
 */
public abstract class WriteAccessConformance {

	@Autowired
	protected WebTestClient http;

	/** E.g. {@code articles}: the resources live under {@code /api/<collection>}. */
	protected abstract String collection();

	/** E.g. {@code articles:write}. */
	protected abstract String writeScope();

	/** A valid create body whose {@code tags} contain {@code tag}. */
	protected abstract Map<String, Object> validBody(String tag);

	/** Another content type's write scope: valid, but not for this service. */
	private String otherScope() {
		return Scopes.ARTICLES_WRITE.equals(writeScope()) ? Scopes.EVENTS_WRITE : Scopes.ARTICLES_WRITE;
	}

	static Stream<Arguments> rejectedTokens() {
		return Stream.of(
				Arguments.of("expired",
						TestTokens.expired(Scopes.ARTICLES_WRITE, Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE)),
				Arguments.of("another issuer",
						TestTokens.token((claims) -> claims.issuer("https://issuer.example"), Scopes.ARTICLES_WRITE,
								Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE)),
				Arguments.of("another audience",
						TestTokens.token((claims) -> claims.audience(List.of("another-api")), Scopes.ARTICLES_WRITE,
								Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE)),
				Arguments.of("not valid yet",
						TestTokens.token((claims) -> claims.notBefore(Instant.now().plusSeconds(3600)),
								Scopes.ARTICLES_WRITE, Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE)),
				Arguments.of("signed by another key",
						TestTokens.signedByAnotherKey(Scopes.ARTICLES_WRITE, Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE)),
				Arguments.of("alg none",
						TestTokens.unsigned(Scopes.ARTICLES_WRITE, Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE)),
				Arguments.of("tampered payload", tampered()), Arguments.of("not a JWT", "ikke-et-token"));
	}

	@Test
	void everyWriteWithoutATokenIs401ProblemAndStoresNothing() {
		String tag = uniqueTag();
		String id = createAsEditor(validBody(uniqueTag()));
		for (Write write : writes(id)) {
			this.http.method(write.method())
				.uri(write.path())
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(validBody(tag))
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(401)
				.jsonPath("$.detail")
				.isEqualTo("This request needs a bearer token");
		}
		assertThat(listAsEditor(tag)).as("nothing stored with the anonymous body's tag").isEmpty();
		this.http.get()
			.uri("/api/{collection}/{id}", collection(), id)
			.headers((headers) -> headers.setBearerAuth(TestTokens.token(writeScope())))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedTokens")
	void aTokenThatIsNotValidIs401EvenForReads(String kind, String token) {
		String tag = uniqueTag();
		this.http.post()
			.uri("/api/{collection}", collection())
			.headers((headers) -> headers.setBearerAuth(token))
			.bodyValue(validBody(tag))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					(challenge) -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).startsWith("The bearer token is not accepted"));
		this.http.get()
			.uri("/api/{collection}", collection())
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(listAsEditor(tag)).isEmpty();
	}

	@Test
	void aTokenForAnotherContentTypeIs403NamingTheScope() {
		String tag = uniqueTag();
		String id = createAsEditor(validBody(uniqueTag()));
		for (String scope : List.of(otherScope(), Scopes.DRAFTS_READ)) {
			for (Write write : writes(id)) {
				this.http.method(write.method())
					.uri(write.path())
					.headers((headers) -> headers.setBearerAuth(TestTokens.token(scope)))
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(validBody(tag))
					.exchange()
					.expectStatus()
					.isForbidden()
					.expectHeader()
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.expectHeader()
					.valueEquals(HttpHeaders.WWW_AUTHENTICATE,
							"Bearer error=\"insufficient_scope\", error_description=\"The bearer token lacks the scope "
									+ writeScope() + "\", scope=\"" + writeScope() + "\"")
					.expectBody()
					.jsonPath("$.status")
					.isEqualTo(403)
					.jsonPath("$.detail")
					.isEqualTo("The bearer token lacks the scope " + writeScope());
			}
		}
		assertThat(listAsEditor(tag)).isEmpty();
	}

	@Test
	void draftsAreForTheWriteScopeAndDraftsReadOnly() {
		String tag = uniqueTag();
		String id = createAsEditor(validBody(tag));
		for (String scope : List.of(writeScope(), Scopes.DRAFTS_READ)) {
			this.http.get()
				.uri("/api/{collection}/{id}", collection(), id)
				.headers((headers) -> headers.setBearerAuth(TestTokens.token(scope)))
				.exchange()
				.expectStatus()
				.isOk();
			this.http.get()
				.uri("/api/{collection}?status=DRAFT&tag={tag}", collection(), tag)
				.headers((headers) -> headers.setBearerAuth(TestTokens.token(scope)))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.items[0].id")
				.isEqualTo(id);
		}
		for (String scope : List.of(otherScope(), "profile")) {
			this.http.get()
				.uri("/api/{collection}/{id}", collection(), id)
				.headers((headers) -> headers.setBearerAuth(TestTokens.token(scope)))
				.exchange()
				.expectStatus()
				.isNotFound();
		}
		this.http.get().uri("/api/{collection}/{id}", collection(), id).exchange().expectStatus().isNotFound();
		this.http.get()
			.uri("/api/{collection}?tag={tag}", collection(), tag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items")
			.isEmpty();
		this.http.get()
			.uri("/api/{collection}?status=DRAFT&tag={tag}", collection(), tag)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
	}

	/** Every write endpoint of a resource, the create included. */
	protected List<Write> writes(String id) {
		String base = "/api/" + collection();
		return List.of(new Write(HttpMethod.POST, base), new Write(HttpMethod.PUT, base + "/" + id),
				new Write(HttpMethod.POST, base + "/" + id + "/publish"),
				new Write(HttpMethod.POST, base + "/" + id + "/withdraw"),
				new Write(HttpMethod.DELETE, base + "/" + id));
	}

	protected String createAsEditor(Map<String, Object> body) {
		return this.http.post()
			.uri("/api/{collection}", collection())
			.headers((headers) -> headers.setBearerAuth(TestTokens.token(writeScope())))
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	@SuppressWarnings("unchecked")
	private List<Object> listAsEditor(String tag) {
		Map<String, Object> page = this.http.get()
			.uri("/api/{collection}?tag={tag}", collection(), tag)
			.headers((headers) -> headers.setBearerAuth(TestTokens.token(Scopes.DRAFTS_READ)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (List<Object>) page.get("items");
	}

	protected static String uniqueTag() {
		return "adgang-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String tampered() {
		String[] parts = TestTokens.token(Scopes.DRAFTS_READ).split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace(Scopes.DRAFTS_READ, Scopes.ARTICLES_WRITE + " " + Scopes.EVENTS_WRITE + " " + Scopes.PEOPLE_WRITE);
		return parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
	}

	/** A write endpoint. */
	public record Write(HttpMethod method, String path) {

	}

}
