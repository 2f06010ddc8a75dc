package dk.newsroom.platform.resource;

import java.time.Instant;

import dk.newsroom.platform.content.ContentItem;

/**
 * What a content service tells the shared resource mechanism about its type: its names,
 * how an item is stored and how the API (and its change events) show it. The rest of
 * {@code /api/<plural>} (create, read, list, edit, publish, withdraw, delete, the outbox)
 * is {@link ContentResourceService} and {@link ContentResourceController}.
 *
 * @param <C> what editors write (the content record)
 * @param <D> the stored document: string {@code _id}, unique {@code slug}, the lifecycle
 * fields and {@code deleted}
 * @param <R> the API shape, which the change events carry too
 */
public interface ContentResource<C, D, R> {

	/** One item in messages, lower case: {@code article}. */
	String name();

	/**
	 * The collection in paths and messages: {@code articles} for {@code /api/articles}.
	 */
	String plural();

	Class<D> documentType();

	D toDocument(ContentItem<C> item);

	ContentItem<C> toItem(D document);

	R toResponse(ContentItem<C> item);

	/** The text the slug is made from (a headline, a title, a name). */
	String slugSource(C content);

	/**
	 * The content as it is stored at {@code now}: what the service derives from what
	 * editors wrote (a rendered text, quality warnings), computed on create, update and
	 * again on publish (what was fine for a draft may not be when it goes out). The
	 * content as given by default.
	 */
	default C prepare(C content, Instant now) {
		return content;
	}

	/**
	 * Checks a content beyond its request's bean validation, e.g. a rich text with
	 * nothing left after sanitising.
	 * @throws dk.newsroom.platform.content.InvalidInputException naming the field
	 */
	default void check(C content) {
	}

}
