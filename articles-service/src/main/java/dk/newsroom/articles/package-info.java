/**
 * The articles-service: news articles in MongoDB, every change published to
 * {@code newsroom.articles.v1}.
 */
package dk.newsroom.articles;
