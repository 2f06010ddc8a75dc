package dk.newsroom.testsupport.blocking;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound once per test JVM (registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}): a
 * blocking call on an event-loop or parallel thread, in any test, then fails with
 * {@code BlockingOperationError} instead of passing unnoticed.
 * <p>
 * Allowed: {@code UUID.randomUUID()}, whose {@code SecureRandom} reads
 * {@code /dev/urandom}, which never blocks; and the MongoDB driver's short internal lock
 * sections ({@code com.mongodb.internal.Locks}), which its reactive client takes on the
 * calling thread by design (a thread that BlockHound stopped inside one of them left the
 * lock taken and hung the next request); and Netty 4.2's adaptive buffer allocator
 * freeing a magazine when it grows ({@code AdaptivePoolingAllocator$Magazine.free},
 * {@code $MagazineGroup.free}), a short {@code StampedLock} section on the event loop by
 * Netty's design that parks only when two event loops grow the same group at once (it
 * failed a gateway test in about one CI run in three). OpenTelemetry's batch span
 * processor, when a span ends, wakes its exporter through a one-slot
 * {@code ArrayBlockingQueue}: a non-waiting {@code offer} whose lock parks only while
 * another thread holds it for an instant (seen under load at the gateway).
 */
public class BlockHoundSession implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		// With the integrations on the class path (Reactor's, which marks its
		// non-blocking
		// threads and Netty's event loops).
		BlockHound.install((builder) -> {
			builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
			for (String method : new String[] { "checkedWithLock", "checkedWithInterruptibleLock",
					"lockInterruptibly" }) {
				builder.allowBlockingCallsInside("com.mongodb.internal.Locks", method);
			}
			builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
			builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "free");
			builder.allowBlockingCallsInside("io.opentelemetry.sdk.trace.export.BatchSpanProcessor$Worker", "addSpan");
		});
	}

}
