package dk.newsroom.localstack.datadir;

import java.nio.file.Path;

/** Another launcher already runs on the data folder. */
public class DataDirInUseException extends RuntimeException {

	public DataDirInUseException(Path dataDir, String holderPid) {
		super("Another local stack (pid " + holderPid + ") is already running on " + dataDir
				+ ". Stop it first (Ctrl-C in its terminal, or kill " + holderPid
				+ "), or give this one its own folder with NEWSROOM_DATA_DIR.");
	}

}
