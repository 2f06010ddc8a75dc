/**
 * News articles: what an article is, its lifecycle, its API and its storage.
 */
package dk.newsroom.articles.article;
