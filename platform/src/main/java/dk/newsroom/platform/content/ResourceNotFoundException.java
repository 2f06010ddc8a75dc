package dk.newsroom.platform.content;

/** The resource does not exist, or the caller may not see it. Answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String what) {
		super(what + " not found");
	}

}
