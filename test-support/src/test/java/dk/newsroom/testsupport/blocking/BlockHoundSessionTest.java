package dk.newsroom.testsupport.blocking;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The guard is on in this JVM: a blocking call on a non-blocking thread fails. */
class BlockHoundSessionTest {

	@Test
	void aBlockingCallOnANonBlockingThreadFails() {
		Mono<String> blocking = Mono.fromCallable(() -> {
			Thread.sleep(1);
			return "slept";
		}).subscribeOn(Schedulers.parallel());
		StepVerifier.create(blocking).expectError(BlockingOperationError.class).verify(Duration.ofSeconds(10));
	}

	@Test
	void theSameCallOnABoundedElasticThreadIsAllowed() {
		Mono<String> blocking = Mono.fromCallable(() -> {
			Thread.sleep(1);
			return "slept";
		}).subscribeOn(Schedulers.boundedElastic());
		StepVerifier.create(blocking).expectNext("slept").expectComplete().verify(Duration.ofSeconds(10));
	}

}
