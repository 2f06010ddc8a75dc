package dk.newsroom.articles.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.hostile.HostileInputConformance;
import dk.newsroom.testsupport.hostile.HostileRequests;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.arguments;

@NewsroomIntegrationTest
class ArticleHostileInputIntegrationTest extends HostileInputConformance {

	@Override
	protected String collection() {
		return "articles";
	}

	@Override
	protected String writeScope() {
		return Scopes.ARTICLES_WRITE;
	}

	@Override
	protected String storedCollection() {
		return ArticleDocument.COLLECTION;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		Map<String, Object> body = ArticleFixtures.validArticle(tag);
		body.put("language", "da");
		return body;
	}

	@Override
	protected HostileRequests describe(HostileRequests bodies) {
		return bodies.optional("topImage", "topImage.caption", "topImage.credit", "authors", "source", "language",
				"tags");
	}

	@Override
	protected List<Arguments> hostileListParameters() {
		List<Arguments> parameters = new ArrayList<>(super.hostileListParameters());
		parameters.add(arguments("section", "x".repeat(101)));
		parameters.add(arguments("section", "a\u0000b"));
		return parameters;
	}

}
