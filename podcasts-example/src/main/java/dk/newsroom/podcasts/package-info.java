/** The podcasts service: a content type added on the shared content resource. */
package dk.newsroom.podcasts;
