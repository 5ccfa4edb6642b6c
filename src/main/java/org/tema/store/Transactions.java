package org.tema.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs work in one transaction on the project's connection. A transaction started inside another
 * joins it, so a use case made of smaller steps still commits once, or not at all.
 */
public final class Transactions {
    private final Connection connection;
    private final Runnable onRollback;

    /** {@code onRollback} drops whatever was cached from the changes that were rolled back. */
    Transactions(Connection connection, Runnable onRollback) {
        this.connection = connection;
        this.onRollback = onRollback;
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> work) {
        try {
            if (!connection.getAutoCommit()) {
                return work.get();
            }
            connection.setAutoCommit(false);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                onRollback.run();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Transaction failed: " + e.getMessage(), e);
        }
    }
}
