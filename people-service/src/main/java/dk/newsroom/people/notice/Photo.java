package dk.newsroom.people.notice;

/**
 * The person's portrait.
 *
 * @param url absolute http(s) URL of the picture
 * @param caption in Danish; the site's captions name the person
 * @param credit who took it, e.g. "Foto: Anne Holm"; may be null
 */
public record Photo(String url, String caption, String credit) {

}
