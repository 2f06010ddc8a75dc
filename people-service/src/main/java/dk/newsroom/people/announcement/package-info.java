/**
 * The house-style announcement text of a notice, rendered in Danish from its fields; pure
 * Java, no Spring.
 */
package dk.newsroom.people.announcement;
