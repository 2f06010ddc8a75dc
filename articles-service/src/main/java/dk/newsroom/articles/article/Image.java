package dk.newsroom.articles.article;

/**
 * A picture with its caption and credit, e.g. the article's top image.
 *
 * @param url absolute http(s) URL of the picture
 * @param caption what the picture shows, in Danish
 * @param credit who took it, e.g. "Foto: Anne Holm"
 */
public record Image(String url, String caption, String credit) {

}
