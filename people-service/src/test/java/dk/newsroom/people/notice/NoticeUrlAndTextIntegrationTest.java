package dk.newsroom.people.notice;

import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice has no rich text: every field is plain text, kept exactly as sent (markup
 * included) and never turned into HTML, so consumers escape it like any text; the service
 * itself never emits it as markup. The photo URL is checked with the other validation
 * rules, in {@link NoticeValidationIntegrationTest}.
 */
@NewsroomIntegrationTest
class NoticeUrlAndTextIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void markupInTextFieldsIsKeptAsTextNeverAsHtml() {
		String company = "Nordlys <script>alert(1)</script> Data";
		String education = "cand.it. <img src=x onerror=alert(1)> fra ITU";
		Map<String, Object> body = NoticeFixtures.validNotice(NoticeFixtures.uniqueTag());
		body.put("company", company);
		body.put("education", education);
		NoticeFixtures.photo(body).put("caption", "Mette Kjær Sørensen <a href=\"javascript:alert(1)\">x</a>");
		NoticeResponse created = editor().post()
			.uri("/api/people")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody(NoticeResponse.class)
			.returnResult()
			.getResponseBody();
		assertThat(created.company()).isEqualTo(company);
		assertThat(created.education()).isEqualTo(education);
		assertThat(created.announcement()).contains(company);
		Document stored = StoredDocuments.find(this.mongo, NoticeDocument.COLLECTION, created.id());
		assertThat(stored.getString("company")).isEqualTo(company);
	}

	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.PEOPLE_WRITE);
	}

}
