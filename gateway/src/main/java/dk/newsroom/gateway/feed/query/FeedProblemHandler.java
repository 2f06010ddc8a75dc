package dk.newsroom.gateway.feed.query;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers invalid requests to every feed endpoint ({@code /api/feed}, the feed formats,
 * the live stream) with the same RFC 9457 problem, naming each parameter in
 * {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(basePackages = { "dk.newsroom.gateway.feed", "dk.newsroom.gateway.search" })
public class FeedProblemHandler {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidRequest(InvalidFeedRequestException ex, ServerHttpRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid query parameter");
		problem.setInstance(URI.create(request.getPath().value()));
		problem.setProperty("errors", ex.errors());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
