package dk.newsroom.articles.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for the tests: a valid Danish article that a test then spoils or tags.
 */
final class ArticleFixtures {

	private ArticleFixtures() {
	}

	static Map<String, Object> validArticle(String tag) {
		Map<String, Object> image = new LinkedHashMap<>();
		image.put("url", "https://billeder.newsroom.dk/2026/datacenter-aarhus.jpg");
		image.put("caption", "Det nye datacenter ved Århus");
		image.put("credit", "Foto: Søren Ågård");
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("headline", "Østjysk it-firma åbner nyt datacenter i Århus");
		article.put("lead", "Virksomheden vil ansætte 40 medarbejdere inden sommer.");
		article.put("body", "<p>Datacenteret står klar i <strong>marts</strong>.</p><script>alert(1)</script>");
		article.put("topImage", image);
		article.put("section", "Infrastruktur");
		article.put("authors", List.of("Mette Kjær"));
		article.put("source", "Ritzau");
		article.put("tags", List.of(tag, "datacenter"));
		return article;
	}

}
