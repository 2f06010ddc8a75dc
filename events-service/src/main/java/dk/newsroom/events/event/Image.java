package dk.newsroom.events.event;

/**
 * The picture that presents an event in lists and on its page.
 *
 * @param url absolute http(s) URL of the picture
 * @param caption what the picture shows, in Danish
 * @param credit who took it, e.g. "Foto: Anne Holm"
 */
public record Image(String url, String caption, String credit) {

}
