package io.kontor.testing.fuzz;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A fingerprint of rows: for each query, how many rows it returns and an MD5 of their text, computed by PostgreSQL.
 * Equal fingerprints before and after a request mean the request changed none of those rows.
 */
public final class DatabaseState implements Supplier<Map<String, String>> {

    private record Query(String name, String sql, Object[] parameters) {
    }

    private final DataSource dataSource;
    private final List<Query> queries = new ArrayList<>();

    private DatabaseState(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static DatabaseState of(DataSource dataSource) {
        return new DatabaseState(dataSource);
    }

    /**
     * @param sql a select of the rows to watch, e.g. {@code select * from client where partner_id = ?}; only stable
     *            columns (leave out what a background job updates, such as an outbox row's sent_at)
     */
    public DatabaseState rows(String name, String sql, Object... parameters) {
        queries.add(new Query(name, sql, parameters));
        return this;
    }

    @Override
    public Map<String, String> get() {
        Map<String, String> state = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Query query : queries) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "select count(*) || ' rows, md5 ' || md5(coalesce(string_agg(t::text, '|' order by t::text), "
                                + "'')) from (" + query.sql() + ") t")) {
                    for (int i = 0; i < query.parameters().length; i++) {
                        statement.setObject(i + 1, query.parameters()[i]);
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        state.put(query.name(), result.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the state to compare", e);
        }
        return state;
    }
}
