/**
 * Data-quality checks an editor would otherwise miss; they warn, they never reject. Pure
 * Java, no Spring.
 */
package dk.newsroom.people.quality;
