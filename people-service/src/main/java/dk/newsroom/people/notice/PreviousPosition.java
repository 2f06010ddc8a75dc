package dk.newsroom.people.notice;

/**
 * Where the person comes from; either part may be null, not both.
 */
public record PreviousPosition(String title, String company) {

}
