package org.tema.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One open Tema project file: an SQLite database in WAL mode with foreign keys on, held with an
 * exclusive lock so that no second program can write to it, migrated to the newest format (after a
 * backup copy) when opened. Every change is committed before the call that made it returns.
 */
public final class ProjectFile implements AutoCloseable {
    /** Written into the SQLite header of every Tema project: the letters "TEMA". */
    public static final int APPLICATION_ID = 0x54454D41;
    public static final String EXTENSION = ".tema";

    private final Path path;
    private final Connection connection;
    private final Sql sql;
    private final Transactions transactions;
    private final TextCache texts = new TextCache();

    private ProjectFile(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
        this.sql = new Sql(connection);
        this.transactions = new Transactions(connection, texts::clear);
    }

    /** The newest file format this Tema writes. */
    public static int latestFormat() {
        return Migrations.LATEST;
    }

    /** Creates a new, empty project file and opens it. Refuses to overwrite an existing file. */
    public static ProjectFile create(Path path) {
        if (Files.exists(path)) {
            throw new ProjectFileException(path, "a file of that name already exists; choose another name");
        }
        try (Connection c = connect(path, false)) {
            Sql s = new Sql(c);
            s.exec("PRAGMA journal_mode = DELETE");
            s.exec("PRAGMA application_id = " + APPLICATION_ID);
            Migrations.migrate(s, new Transactions(c, () -> { }), 0);
            s.update("INSERT INTO project_meta (key, value) VALUES ('created', ?)", Instant.now().toString());
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(path);
            throw new ProjectFileException(path, "could not be created: " + e.getMessage(), e);
        }
        return open(path);
    }

    /** Opens an existing project for reading and writing, migrating it when it is older. */
    public static ProjectFile open(Path path) {
        FileHeader header = checkedHeader(path);
        boolean backedUp = header.userVersion() < Migrations.LATEST && backup(path, header.userVersion());
        Connection c = null;
        try {
            c = connect(path, true);
            ProjectFile file = new ProjectFile(path, c);
            file.prepare(backedUp);
            return file;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (isBusy(e)) {
                throw new ProjectFileException(path, "the project is already open in another Tema window or program; close it there first", e);
            }
            if (e instanceof ProjectFileException pfe) {
                throw pfe;
            }
            throw new ProjectFileException(path, "could not be opened: " + e.getMessage(), e);
        }
    }

    /** Refuses, with the reason, a file that is not a Tema project this Tema can open; reads only its header. */
    public static void requireProject(Path path) {
        checkedHeader(path);
    }

    private static FileHeader checkedHeader(Path path) {
        FileHeader header = readHeader(path);
        if (header.size() == 0) {
            throw new ProjectFileException(path, "the file is empty; it is not a Tema project");
        }
        if (!header.sqlite()) {
            throw new ProjectFileException(path, "not a Tema project (it is not an SQLite database)");
        }
        if (header.applicationId() != APPLICATION_ID) {
            throw new ProjectFileException(path, "not a Tema project (an SQLite database of another program)");
        }
        refuseNewer(path, header.userVersion());
        return header;
    }

    private void prepare(boolean backedUp) {
        int version = (int) sql.count("PRAGMA user_version");
        refuseNewer(path, version);
        if (sql.count("PRAGMA application_id") != APPLICATION_ID) {
            throw new ProjectFileException(path, "not a Tema project (an SQLite database of another program)");
        }
        if (version < Migrations.LATEST) {
            if (!backedUp) {
                sql.exec("PRAGMA wal_checkpoint(TRUNCATE)");
                backup(path, version);
            }
            Migrations.migrate(sql, transactions, version);
            sql.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        // A write takes the exclusive lock now, so a second program is refused at once.
        sql.update("INSERT OR REPLACE INTO project_meta (key, value) VALUES ('opened', ?)", Instant.now().toString());
    }

    /** Copies the file (and a write-ahead log left by a crash) beside it before an upgrade. */
    private static boolean backup(Path path, int version) {
        Path copy = path.resolveSibling(path.getFileName() + ".v" + version + ".bak");
        Path wal = path.resolveSibling(path.getFileName() + "-wal");
        try {
            Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(wal)) {
                Files.copy(wal, copy.resolveSibling(copy.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            throw new ProjectFileException(path, "could not write the backup " + copy.getFileName()
                    + " before upgrading the file; nothing was changed (" + e.getMessage() + ")", e);
        }
    }

    private static void refuseNewer(Path path, int version) {
        if (version > Migrations.LATEST) {
            throw new ProjectFileException(path, String.format(Locale.ROOT,
                    "made by a newer version of Tema (file format %d; this Tema reads up to %d). Update Tema to open it.",
                    version, Migrations.LATEST));
        }
    }

    private static FileHeader readHeader(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ProjectFileException(path, "no such project file");
        }
        try {
            return FileHeader.read(path);
        } catch (IOException e) {
            throw new ProjectFileException(path, "could not be read: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path path, boolean exclusiveWal) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(0);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        if (exclusiveWal) {
            config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
    }

    private static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se && (se.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                    || se.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("SQLITE_BUSY")) {
                return true;
            }
        }
        return false;
    }

    public Path path() {
        return path;
    }

    /** The project's name: the file name without {@code .tema}. */
    public String name() {
        String n = path.getFileName().toString();
        return n.endsWith(EXTENSION) ? n.substring(0, n.length() - EXTENSION.length()) : n;
    }

    public Sql sql() {
        return sql;
    }

    /**
     * Runs a batch of transactions, such as an import of many files, with the write-ahead log
     * synced at checkpoints instead of at every commit, and checkpoints when the batch ends so all
     * of it is on disk before this returns. Each transaction stays atomic and a crash of the
     * program loses none of them; only a power failure during the batch can lose its last
     * transactions (decision 0320).
     */
    public <T> T batch(Supplier<T> work) {
        sql.exec("PRAGMA synchronous = NORMAL");
        try {
            return work.get();
        } finally {
            sql.exec("PRAGMA synchronous = FULL");
            sql.exec("PRAGMA wal_checkpoint(PASSIVE)");
        }
    }

    public Transactions transactions() {
        return transactions;
    }

    TextCache texts() {
        return texts;
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                sql.exec("PRAGMA wal_checkpoint(TRUNCATE)");
                connection.close();
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("Closing " + path.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // the original error is the one to report
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more to do: the creation error is reported
        }
    }
}
