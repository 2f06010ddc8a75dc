package dk.newsroom.articles.article;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.LifecycleSpec;

class ArticleLifecycleTest extends LifecycleSpec<Article> {

	private static final ArticleContent CONTENT = new ArticleContent("Ny CTO i Aarhus", "Kort fortalt.",
			"<p>Brødtekst.</p>", null, "Karriere", List.of("Mette Ø."), null, "da", List.of("ledelse"));

	@Override
	protected Article draft(Instant now) {
		return Article.draft(new ArticleId("6745a1f0c2a4b81e2f3d9a10"), "ny-cto-i-aarhus", CONTENT, now);
	}

	@Override
	protected Article edit(Article article, Instant now) {
		return article.withContent(new ArticleContent("Ny CTO i Aalborg", CONTENT.lead(), CONTENT.body(), null,
				CONTENT.section(), CONTENT.authors(), null, "da", CONTENT.tags()), now);
	}

	@Override
	protected Article publish(Article article, Instant at, Instant now) {
		return article.publish(at, now);
	}

	@Override
	protected Article withdraw(Article article, Instant now) {
		return article.withdraw(now);
	}

	@Override
	protected Article withSlug(Article article, String slug) {
		return article.withSlug(slug);
	}

	@Override
	protected boolean sameContent(Article one, Article other) {
		return one.content().equals(other.content());
	}

}
