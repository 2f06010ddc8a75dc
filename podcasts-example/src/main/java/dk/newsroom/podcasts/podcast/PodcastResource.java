package dk.newsroom.podcasts.podcast;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.resource.ContentResource;

/** Podcasts for the shared content resource: stored as a {@link PodcastDocument}. */
class PodcastResource implements ContentResource<PodcastContent, PodcastDocument, PodcastResponse> {

	@Override
	public String name() {
		return "podcast";
	}

	@Override
	public String plural() {
		return "podcasts";
	}

	@Override
	public Class<PodcastDocument> documentType() {
		return PodcastDocument.class;
	}

	@Override
	public PodcastDocument toDocument(ContentItem<PodcastContent> item) {
		return PodcastDocument.from(item);
	}

	@Override
	public ContentItem<PodcastContent> toItem(PodcastDocument document) {
		return document.toItem();
	}

	@Override
	public PodcastResponse toResponse(ContentItem<PodcastContent> item) {
		return PodcastResponse.from(item);
	}

	@Override
	public String slugSource(PodcastContent content) {
		return content.title();
	}

}
