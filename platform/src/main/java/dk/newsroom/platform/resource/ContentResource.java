package dk.newsroom.platform.resource;

import java.time.Instant;
import java.util.function.Function;

import dk.newsroom.platform.content.ContentItem;

/**
 * A content type as the shared resource mechanism needs it: its names, how an item is
 * stored, how the API (and its change events) show it, and its rules beyond bean
 * validation. The rest of its {@code /api/...} (create, read, list, edit, publish,
 * withdraw, delete, the outbox) is {@link ContentResourceService} and
 * {@link ContentResourceController}. A service defines its type with {@link #of}, adding
 * rules with {@link ResourceDefinition#checking} and
 * {@link ResourceDefinition#preparing}.
 *
 * @param <C> what editors write (the content record)
 * @param <D> the stored document: string {@code _id}, unique {@code slug}, the lifecycle
 * fields and {@code deleted}
 * @param <R> the API shape, which the change events carry too
 */
public interface ContentResource<C, D, R> {

	/** One item in messages, lower case: {@code article}. */
	String name();

	/** Several items in messages: {@code articles}. */
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
	 * again on publish (what was fine for a draft may not be when it goes out).
	 */
	C prepare(C content, Instant now);

	/**
	 * Checks a content beyond its request's bean validation, e.g. a rich text with
	 * nothing left after sanitising.
	 * @throws dk.newsroom.platform.content.InvalidInputException naming the field
	 */
	void check(C content);

	/**
	 * A type by its names and mappings, with no rules beyond its request's bean
	 * validation and nothing derived; add those with {@link ResourceDefinition#checking}
	 * and {@link ResourceDefinition#preparing}.
	 */
	static <C, D, R> ResourceDefinition<C, D, R> of(String name, String plural, Class<D> documentType,
			Function<ContentItem<C>, D> toDocument, Function<D, ContentItem<C>> toItem,
			Function<ContentItem<C>, R> toResponse, Function<C, String> slugSource) {
		return new ResourceDefinition<>(name, plural, documentType, toDocument, toItem, toResponse, slugSource,
				(content) -> {
				}, (content, now) -> content);
	}

}
