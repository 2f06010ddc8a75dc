package dk.newsroom.gateway.feed.api;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers invalid requests of the live stream ({@link FeedFilters}) with the problem
 * {@code /api/feed} answers.
 */
@RestControllerAdvice(basePackages = "dk.newsroom.gateway.feed.stream")
class FeedStreamProblemHandler {

	private final FeedProblemHandler problems = new FeedProblemHandler();

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidRequest(InvalidFeedRequestException ex, ServerHttpRequest request) {
		return this.problems.invalidRequest(ex, request);
	}

}
