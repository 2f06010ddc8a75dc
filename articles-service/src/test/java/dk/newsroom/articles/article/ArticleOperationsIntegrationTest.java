package dk.newsroom.articles.article;

import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.OperationsConformance;

@NewsroomIntegrationTest
class ArticleOperationsIntegrationTest extends OperationsConformance {

	@Override
	protected String collection() {
		return "articles";
	}

	@Override
	protected String writeScope() {
		return Scopes.ARTICLES_WRITE;
	}

	@Override
	protected String type() {
		return "article";
	}

	@Override
	protected String application() {
		return "articles-service";
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return ArticleFixtures.validArticle(tag);
	}

}
