package dk.newsroom.gateway.feed.api;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers invalid requests to the feed formats ({@code /feed.json}, {@code /feed.rss},
 * {@code /feed.atom}) exactly as {@code /api/feed} answers them: the same 400 problem.
 */
@RestControllerAdvice(basePackages = "dk.newsroom.gateway.feed.formats")
class FeedFormatsProblemHandler {

	private final FeedProblemHandler problems = new FeedProblemHandler();

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidRequest(InvalidFeedRequestException ex, ServerHttpRequest request) {
		return this.problems.invalidRequest(ex, request);
	}

}
