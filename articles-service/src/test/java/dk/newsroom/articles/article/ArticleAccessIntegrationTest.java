package dk.newsroom.articles.article;

import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.WriteAccessConformance;

@NewsroomIntegrationTest
class ArticleAccessIntegrationTest extends WriteAccessConformance {

	@Override
	protected String collection() {
		return "articles";
	}

	@Override
	protected String writeScope() {
		return Scopes.ARTICLES_WRITE;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return ArticleFixtures.validArticle(tag);
	}

}
