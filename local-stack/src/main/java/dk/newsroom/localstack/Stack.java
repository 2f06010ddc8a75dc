package dk.newsroom.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import dk.newsroom.localstack.app.RunningApp;
import dk.newsroom.localstack.backend.Backends;
import dk.newsroom.localstack.datadir.DataDirLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is running, and the one way to stop it: the apps first (SIGTERM, then SIGKILL
 * after a grace period), then the broker and MongoDB, then the data folder's lock. Safe
 * to call from the shutdown hook while the start is still under way.
 */
final class Stack {

	private static final Logger log = LoggerFactory.getLogger(Stack.class);

	static final Duration GRACE = Duration.ofSeconds(10);

	private final DataDirLock lock;

	private final List<RunningApp> apps = new ArrayList<>();

	private final CountDownLatch stopped = new CountDownLatch(1);

	private Backends backends;

	private volatile boolean stopping;

	Stack(DataDirLock lock) {
		this.lock = lock;
	}

	synchronized Backends startBackends(Supplier<Backends> start) throws InterruptedException {
		checkRunning();
		this.backends = start.get();
		return this.backends;
	}

	synchronized RunningApp launch(Supplier<RunningApp> launch) throws InterruptedException {
		checkRunning();
		RunningApp app = launch.get();
		this.apps.add(app);
		return app;
	}

	/** Reports an app that dies once it has been ready, without stopping the others. */
	void watch(RunningApp app) {
		app.process().onExit().thenAccept((process) -> {
			if (!this.stopping) {
				log.error("{} exited unexpectedly with code {}; see {}", app.app().name(), process.exitValue(),
						app.log());
			}
		});
	}

	boolean isStopping() {
		return this.stopping;
	}

	void awaitStopped() throws InterruptedException {
		this.stopped.await();
	}

	void stop() {
		this.stopping = true;
		synchronized (this) {
			if (this.stopped.getCount() == 0) {
				return;
			}
			long start = System.nanoTime();
			boolean running = !this.apps.isEmpty() || this.backends != null;
			try {
				stopApps();
				if (this.backends != null) {
					this.backends.close();
				}
			}
			catch (RuntimeException ex) {
				log.error("Error while stopping", ex);
			}
			finally {
				this.lock.close();
				this.stopped.countDown();
			}
			if (running) {
				log.info("Stopped in {} ms.", (System.nanoTime() - start) / 1_000_000);
			}
		}
	}

	private void stopApps() {
		if (this.apps.isEmpty()) {
			return;
		}
		log.info("Stopping {} ...", this.apps.stream().map((app) -> app.app().name()).toList());
		// All at once: each app shuts down gracefully in parallel with the others.
		this.apps.forEach(RunningApp::requestStop);
		for (RunningApp app : this.apps) {
			if (!app.awaitStop(GRACE)) {
				log.warn("{} did not stop within {} s and was killed", app.app().name(), GRACE.toSeconds());
			}
		}
	}

	private void checkRunning() throws InterruptedException {
		if (this.stopping) {
			throw new InterruptedException("stack is stopping");
		}
	}

}
