package dk.newsroom.platform.content;

/**
 * One bad field of a request, as listed in a problem's {@code errors}.
 *
 * @param field the JSON path of the field, e.g. {@code topImage.url} or {@code tags[2]}
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {

}
