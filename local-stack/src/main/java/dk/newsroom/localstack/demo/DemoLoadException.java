package dk.newsroom.localstack.demo;

/** Loading the demo content failed; the message names the call and the answer. */
public class DemoLoadException extends RuntimeException {

	public DemoLoadException(String message) {
		super(message);
	}

	public DemoLoadException(String message, Throwable cause) {
		super(message, cause);
	}

}
