package dk.newsroom.webhooks.delivery;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

	private static final List<Duration> DEFAULT = List.of(Duration.ofSeconds(5), Duration.ofMinutes(1),
			Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(8), Duration.ofHours(16),
			Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(24));

	@Test
	void theDefaultScheduleSpansAtLeastThreeDaysEvenWithTheShortestJitter() {
		RetrySchedule shortest = new RetrySchedule(DEFAULT, 0.2, () -> 0.0);
		Duration total = Duration.ZERO;
		for (int failed = 1; failed <= DEFAULT.size(); failed++) {
			total = total.plus(shortest.after(failed).orElseThrow());
		}
		assertThat(total).isGreaterThan(Duration.ofDays(3));
		assertThat(shortest.after(DEFAULT.size() + 1)).isEmpty();
		assertThat(shortest.attempts()).isEqualTo(11);
	}

	@Test
	void jitterStretchesOrShortensEachWaitByAtMostItsShare() {
		assertThat(new RetrySchedule(DEFAULT, 0.2, () -> 0.0).after(2)).contains(Duration.ofSeconds(48));
		assertThat(new RetrySchedule(DEFAULT, 0.2, () -> 0.5).after(2)).contains(Duration.ofMinutes(1));
		assertThat(new RetrySchedule(DEFAULT, 0.2, () -> 1.0).after(2)).contains(Duration.ofSeconds(72));
	}

	@Test
	void waitsGrowExponentially() {
		RetrySchedule schedule = new RetrySchedule(DEFAULT, 0, () -> 0.5);
		for (int failed = 2; failed <= 8; failed++) {
			assertThat(schedule.after(failed).orElseThrow()).isGreaterThan(schedule.after(failed - 1).orElseThrow());
		}
	}

}
