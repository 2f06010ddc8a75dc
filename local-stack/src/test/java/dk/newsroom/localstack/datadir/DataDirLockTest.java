package dk.newsroom.localstack.datadir;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirLockTest {

	@TempDir
	Path folder;

	@Test
	void keepsASecondStackOffTheSameFolder() {
		DataDir dataDir = new DataDir(this.folder).create();
		try (DataDirLock held = DataDirLock.acquire(dataDir.lockFile())) {
			assertThatThrownBy(() -> DataDirLock.acquire(dataDir.lockFile())).isInstanceOf(DataDirInUseException.class)
				.hasMessageContaining("pid " + ProcessHandle.current().pid())
				.hasMessageContaining(this.folder.toString())
				.hasMessageContaining("NEWSROOM_DATA_DIR");
		}
	}

	@Test
	void letsTheNextStackInOnceReleased() {
		DataDir dataDir = new DataDir(this.folder).create();
		DataDirLock.acquire(dataDir.lockFile()).close();

		DataDirLock.acquire(dataDir.lockFile()).close();
	}

	@Test
	void createsTheLayout() {
		DataDir dataDir = new DataDir(this.folder.resolve("data")).create();

		assertThat(dataDir.kafka()).isDirectory();
		assertThat(dataDir.mongo()).isDirectory();
		assertThat(dataDir.logs()).isDirectory();
		assertThat(dataDir.run()).isDirectory();
		assertThat(dataDir.demoMarker()).hasFileName(".demo-loaded");
	}

}
