package dk.newsroom.platform.resource;

/**
 * A create or full-update body, bean-validated before {@link #toContent()} turns it into
 * what is stored (trimmed, sanitised, defaults filled in).
 *
 * @param <C> the content record
 */
public interface ContentRequest<C> {

	C toContent();

}
