package dk.newsroom.localstack.app;

import java.nio.file.Path;
import java.util.List;

/** An app died or never got ready; the message names its log and quotes its end. */
public class AppNotReadyException extends RuntimeException {

	public AppNotReadyException(String what, Path log, List<String> logTail) {
		super(what + " See its log: " + log + "\n--- last lines of " + log.getFileName() + " ---\n"
				+ String.join("\n", logTail));
	}

}
