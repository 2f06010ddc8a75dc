package dk.newsroom.people.notice;

/**
 * The person a notice is about.
 *
 * @param age in years; may be null
 * @param pronoun how the announcement refers to the person after the first sentence, in
 * lower case: "han", "hun", "hen" or the person's chosen pronoun
 * @param photo may be null
 */
public record Person(String name, Integer age, String pronoun, Photo photo) {

}
