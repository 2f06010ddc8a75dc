package dk.newsroom.people.announcement;

/**
 * A rendered announcement.
 *
 * @param text the notice in the house style, one paragraph of Danish sentences
 * @param label the kind's label, e.g. "Nyt job"
 */
public record Announcement(String text, String label) {

}
