package kg.usulduk.bench.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Wraps the app's {@link DataSource} so that, on a thread that records (a page view asked for it with the
 * {@code X-Bench-Capture} header), every statement executed is kept with its bound values. Threads that do not
 * record pay one thread-local read per connection.
 */
final class StatementRecorder {

	private static final ThreadLocal<Recorded> RECORDING = new ThreadLocal<>();

	private StatementRecorder() {
	}

	static void start() {
		RECORDING.set(new Recorded());
	}

	static Recorded stop() {
		Recorded recorded = RECORDING.get();
		RECORDING.remove();
		return recorded;
	}

	static DataSource wrap(DataSource dataSource) {
		return (DataSource) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(dataSource, method, args);
					Recorded recorded = RECORDING.get();
					if (recorded != null && result instanceof Connection connection) {
						int ordinal = ++recorded.connections;
						return proxy(Connection.class, connection, new OnConnection(connection, recorded, ordinal));
					}
					return result;
				});
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private record OnConnection(Connection connection, Recorded recorded, int ordinal) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			Object result = StatementRecorder.invoke(connection, method, args);
			if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
				return proxy(PreparedStatement.class, statement, new OnStatement(statement, recorded, ordinal, sql));
			}
			if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
				return proxy(Statement.class, statement, new OnStatement(statement, recorded, ordinal, null));
			}
			return result;
		}
	}

	private static final class OnStatement implements InvocationHandler {

		private final Statement statement;
		private final Recorded recorded;
		private final int ordinal;
		private final String sql;
		private List<Recorded.Setter> setters = new ArrayList<>();

		OnStatement(Statement statement, Recorded recorded, int ordinal, String sql) {
			this.statement = statement;
			this.recorded = recorded;
			this.ordinal = ordinal;
			this.sql = sql;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
				setters.add(new Recorded.Setter(method, args.clone()));
			}
			else if (name.startsWith("execute")) {
				String text = sql != null ? sql : (args != null && args[0] instanceof String given ? given : null);
				if (text != null) {
					recorded.calls.add(new Recorded.Call(ordinal, text, List.copyOf(setters)));
				}
			}
			else if ("clearParameters".equals(name)) {
				setters = new ArrayList<>();
			}
			return StatementRecorder.invoke(statement, method, args);
		}
	}
}
