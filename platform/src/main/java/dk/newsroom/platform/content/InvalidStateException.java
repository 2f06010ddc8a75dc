package dk.newsroom.platform.content;

/**
 * The operation does not fit the resource's current state (e.g. withdrawing a draft);
 * 409.
 */
public class InvalidStateException extends RuntimeException {

	public InvalidStateException(String message) {
		super(message);
	}

}
