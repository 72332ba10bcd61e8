package kg.usulduk.bench.app;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * What one page view sent to the database: its statements with their bound values, each tagged with the
 * connection (so the transaction) it ran on, in order.
 */
final class Recorded {

	final List<Call> calls = new ArrayList<>();
	int connections;

	/** One statement as executed: SQL, the parameter setters called before it, the connection's ordinal. */
	record Call(int connection, String sql, List<Setter> setters) {
	}

	/** A {@code PreparedStatement.setXxx(index, ...)} call to replay. */
	record Setter(Method method, Object[] args) {
	}
}
