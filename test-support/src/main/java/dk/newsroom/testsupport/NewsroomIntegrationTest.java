package dk.newsroom.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A Spring Boot test on a random port with a {@code WebTestClient}, wired to the backends
 * of this JVM (containers or in-process, see {@link TestBackends}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A generous response timeout: the 5 s default is exceeded by a first request on a loaded
// 2-core CI machine.
@AutoConfigureWebTestClient(timeout = "30s")
@Import(TestBackendsConfiguration.class)
public @interface NewsroomIntegrationTest {

	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

}
