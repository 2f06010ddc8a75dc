/**
 * The reader site for search engines: {@code /robots.txt}, the sitemap index
 * {@code /sitemap.xml}, one sitemap per content type with pages and the Google News
 * sitemap, built from the feed's in-memory projection.
 */
@NullMarked
package dk.newsroom.gateway.reader.sitemap;

import org.jspecify.annotations.NullMarked;
