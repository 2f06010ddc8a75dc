package dk.newsroom.platform.content;

/** Where a resource is in its life (docs/design.md §3). */
public enum PublicationStatus {

	/** Being written; never public. */
	DRAFT,

	/**
	 * Public once its {@code publishedAt} has come (it may lie in the future: scheduled).
	 */
	PUBLISHED,

	/** Taken down by the editors; no longer public. */
	WITHDRAWN

}
