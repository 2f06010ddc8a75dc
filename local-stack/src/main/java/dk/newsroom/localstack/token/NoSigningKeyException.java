package dk.newsroom.localstack.token;

import java.nio.file.Path;

/** No local stack has created its signing key in this data folder yet. */
public class NoSigningKeyException extends RuntimeException {

	public NoSigningKeyException(Path directory) {
		super("No token signing key in " + directory
				+ " yet: start the local stack once with ./run.sh (with the same NEWSROOM_DATA_DIR), which creates it");
	}

}
