package dk.newsroom.articles.article;

import java.util.List;

/**
 * The part of an article that editors write; everything else is lifecycle.
 *
 * @param body sanitised HTML
 */
public record ArticleContent(String headline, String lead, String body, Image topImage, String section,
		List<String> authors, String source, String language, List<String> tags) {

}
