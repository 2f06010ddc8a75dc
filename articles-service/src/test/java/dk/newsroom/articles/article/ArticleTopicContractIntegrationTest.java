package dk.newsroom.articles.article;

import java.util.Map;

import dk.newsroom.contracts.ContractType;
import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.EventContractCheck;
import dk.newsroom.testsupport.NewsroomIntegrationTest;

@NewsroomIntegrationTest
class ArticleTopicContractIntegrationTest extends EventContractCheck {

	@Override
	protected ContractType type() {
		return ContractType.ARTICLE;
	}

	@Override
	protected Map<String, Object> minimalBody(String tag) {
		Map<String, Object> body = ArticleFixtures.validArticle(tag);
		body.remove("topImage");
		body.remove("source");
		return body;
	}

	@Override
	protected Map<String, Object> fullBody(String tag) {
		Map<String, Object> body = ArticleFixtures.validArticle(tag);
		body.put("source", "Ritzau");
		return body;
	}

	@Override
	protected String writeScope() {
		return Scopes.ARTICLES_WRITE;
	}

}
