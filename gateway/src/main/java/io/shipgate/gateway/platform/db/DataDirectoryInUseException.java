package io.shipgate.gateway.platform.db;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL's data directory is locked by another running Shipgate (a gateway, or the
 * command line): starting a second server on it would stop the first one's.
 */
public class DataDirectoryInUseException extends EmbeddedDatabaseUnavailableException {

    private static final long serialVersionUID = 1L;

    private final transient Path dataDir;

    DataDirectoryInUseException(Path dataDir, Path lockFile) {
        super("its data directory " + dataDir + " is in use by another running Shipgate (it holds " + lockFile + ")", null);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
