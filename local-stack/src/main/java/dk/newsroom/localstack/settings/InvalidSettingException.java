package dk.newsroom.localstack.settings;

/** A setting has a value the launcher cannot use; the message names it. */
public class InvalidSettingException extends RuntimeException {

	public InvalidSettingException(String message) {
		super(message);
	}

}
