package dk.newsroom.localstack.port;

import java.util.List;

/** Ports the stack needs are taken; the message lists them all. */
public class PortsInUseException extends RuntimeException {

	private final List<String> problems;

	public PortsInUseException(List<String> problems) {
		super("Cannot start the local stack:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
