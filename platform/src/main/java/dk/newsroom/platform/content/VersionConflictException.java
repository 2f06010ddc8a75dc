package dk.newsroom.platform.content;

/**
 * The client's {@code If-Match} names a version that is no longer current. Answered with
 * 412 and the current version.
 */
public class VersionConflictException extends RuntimeException {

	private final long currentVersion;

	public VersionConflictException(long currentVersion) {
		super("The resource has changed; its current version is " + currentVersion);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
