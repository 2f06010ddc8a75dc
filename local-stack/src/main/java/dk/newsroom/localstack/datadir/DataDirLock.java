package dk.newsroom.localstack.datadir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code data/.lock}, held while the stack runs: a second launcher on
 * the same folder would corrupt the broker's and the database's files. The OS releases it
 * when the process dies, however it dies.
 */
public final class DataDirLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @param lockFile the lock file
	 * @return the held lock
	 * @throws DataDirInUseException if another process holds it
	 */
	public static DataDirLock acquire(Path lockFile) {
		try {
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
				channel.close();
				throw new DataDirInUseException(lockFile.getParent(), holder.isEmpty() ? "unknown" : holder);
			}
			channel.truncate(0);
			channel
				.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
			channel.force(false);
			return new DataDirLock(channel, lock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot lock " + lockFile, ex);
		}
	}

	/**
	 * Null if another process holds the lock, or another launcher in this JVM (tests).
	 */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	@Override
	public void close() {
		try {
			if (this.channel.isOpen()) {
				this.lock.release();
				this.channel.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
