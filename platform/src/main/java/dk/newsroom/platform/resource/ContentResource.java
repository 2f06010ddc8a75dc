package dk.newsroom.platform.resource;

import java.time.Instant;
import java.util.function.Function;

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
	 * A type with no rules beyond its request's bean validation and nothing derived: its
	 * names and its mappings.
	 */
	static <C, D, R> ContentResource<C, D, R> of(String name, String plural, Class<D> documentType,
			Function<ContentItem<C>, D> toDocument, Function<D, ContentItem<C>> toItem,
			Function<ContentItem<C>, R> toResponse, Function<C, String> slugSource) {
		return new ContentResource<>() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public String plural() {
				return plural;
			}

			@Override
			public Class<D> documentType() {
				return documentType;
			}

			@Override
			public D toDocument(ContentItem<C> item) {
				return toDocument.apply(item);
			}

			@Override
			public ContentItem<C> toItem(D document) {
				return toItem.apply(document);
			}

			@Override
			public R toResponse(ContentItem<C> item) {
				return toResponse.apply(item);
			}

			@Override
			public String slugSource(C content) {
				return slugSource.apply(content);
			}

		};
	}

	/**
	 * Checks a content beyond its request's bean validation, e.g. a rich text with
	 * nothing left after sanitising.
	 * @throws dk.newsroom.platform.content.InvalidInputException naming the field
	 */
	default void check(C content) {
	}

}
