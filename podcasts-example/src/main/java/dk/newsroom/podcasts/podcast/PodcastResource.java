package dk.newsroom.podcasts.podcast;

import dk.newsroom.platform.resource.ContentResource;

/** Podcasts for the shared content resource: their names, document and answer. */
final class PodcastResource {

	static final ContentResource<PodcastContent, PodcastDocument, PodcastResponse> PODCASTS = ContentResource.of(
			"podcast", "podcasts", PodcastDocument.class, PodcastDocument::from, PodcastDocument::toItem,
			PodcastResponse::from, PodcastContent::title);

	private PodcastResource() {
	}

}
