package dk.newsroom.gateway.blocking;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound once per test JVM (registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}): a
 * blocking call on an event-loop or parallel thread, in any test, then fails with
 * {@code BlockingOperationError} instead of passing unnoticed.
 */
public class BlockHoundSession implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		BlockHound.install();
	}

}
