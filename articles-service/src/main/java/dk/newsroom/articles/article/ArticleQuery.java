package dk.newsroom.articles.article;

import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.web.PageRequest;

/**
 * A list request: optional filters and a keyset page.
 *
 * @param publicOnly only what anonymous readers may see (published, time has come)
 */
record ArticleQuery(PublicationStatus status, String tag, String section, PageRequest page, boolean publicOnly) {

}
