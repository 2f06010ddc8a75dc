package dk.newsroom.webhooks.endpoint;

/** A target URL that may not be called, with the reason in words a client can act on. */
public class TargetRefusedException extends RuntimeException {

	public TargetRefusedException(String reason) {
		super(reason);
	}

}
