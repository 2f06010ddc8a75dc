package dk.newsroom.platform.content;

import java.util.List;

/**
 * Input that is well-formed JSON but breaks a rule of the domain; answered with 400 and
 * the fields named.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
