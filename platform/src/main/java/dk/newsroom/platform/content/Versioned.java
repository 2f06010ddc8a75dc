package dk.newsroom.platform.content;

/** A resource whose every change raises its version by one (docs/design.md §3). */
public interface Versioned {

	String idValue();

	long version();

}
