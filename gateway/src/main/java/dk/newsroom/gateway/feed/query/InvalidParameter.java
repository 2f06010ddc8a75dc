package dk.newsroom.gateway.feed.query;

/**
 * One rejected query parameter, as listed in the {@code errors} of a problem response.
 *
 * @param field the parameter name
 * @param message what is wrong with it
 */
public record InvalidParameter(String field, String message) {

}
