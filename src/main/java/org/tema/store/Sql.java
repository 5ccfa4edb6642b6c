package org.tema.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A thin helper over one JDBC connection: parameterised queries and updates without boilerplate. */
public final class Sql {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Query failed: " + firstLine(sql), e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Update failed: " + firstLine(sql) + " (" + e.getMessage() + ")", e);
        }
    }

    /** Runs an INSERT and returns the new row's id. */
    public long insert(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            ps.executeUpdate();
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Insert failed: " + firstLine(sql) + " (" + e.getMessage() + ")", e);
        }
    }

    /** Runs one statement for each row, binding {@code params.apply(row)}; prepared once, executed as a batch. */
    public <T> void batch(String sql, List<T> rows, Function<T, Object[]> params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (T row : rows) {
                bind(ps, params.apply(row));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Update failed: " + firstLine(sql) + " (" + e.getMessage() + ")", e);
        }
    }

    public void exec(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("Statement failed: " + firstLine(sql) + " (" + e.getMessage() + ")", e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        bind(ps, params);
        return ps;
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private static String firstLine(String sql) {
        String s = sql.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Reads a nullable long column. */
    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
