package dk.newsroom.platform.web;

/** A full update without {@code If-Match}: lost updates are refused with 428. */
public class PreconditionRequiredException extends RuntimeException {

	public PreconditionRequiredException() {
		super("Send If-Match with the version (ETag) you are updating");
	}

}
