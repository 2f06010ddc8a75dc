/**
 * Content conventions every content type shares: the publication lifecycle, slugs, rich
 * text.
 */
package dk.newsroom.platform.content;
