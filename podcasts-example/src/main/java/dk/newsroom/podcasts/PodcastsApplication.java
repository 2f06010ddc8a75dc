package dk.newsroom.podcasts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Podcasts: the fourth content type of docs/adding-a-content-type.md. */
@SpringBootApplication
public class PodcastsApplication {

	public static void main(String[] args) {
		SpringApplication.run(PodcastsApplication.class, args);
	}

}
