package dk.newsroom.people.quality;

/**
 * Something an editor should look at before publishing; the write was accepted.
 *
 * @param code stable, for clients that act on it
 * @param field the JSON path of the field concerned, e.g. {@code person.photo.caption}
 * @param message what looks wrong, for the editor
 */
public record QualityWarning(WarningCode code, String field, String message) {

}
