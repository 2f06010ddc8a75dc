/** A podcast episode: its content, request, answer, document and resource. */
package dk.newsroom.podcasts.podcast;
