package kg.usulduk.app.probing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts what one thread does with the database while it is {@linkplain #start() counting}: each connection taken
 * from the pool (a unit of work: a transaction, or a statement run in auto-commit), whether it was read-only, and each
 * statement run. The application's {@link DataSource} is wrapped in plain JDK proxies; other threads (jobs, listeners)
 * are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	/** What one request ran. */
	public record Count(List<String> statements, int connections, int readOnlyConnections) {

		public int statementCount() {
			return statements.size();
		}

		/**
		 * Without the session store's statements (Spring Session JDBC reads the session and writes its last access in
		 * transactions of its own, the same for every request).
		 */
		public Count withoutSessionStore() {
			List<String> page = statements.stream().filter(sql -> !sql.contains("spring_session")).toList();
			return new Count(page, connections - (page.size() < statements.size() ? 1 : 0), readOnlyConnections);
		}

		@Override
		public String toString() {
			return statements.size() + " statements in " + connections + " connection(s), " + readOnlyConnections
					+ " read-only:\n    " + String.join("\n    ", statements);
		}
	}

	private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

	private static final class Tally {

		final List<String> statements = new ArrayList<>();
		int connections;
		int readOnly;
	}

	/** Starts counting on this thread. */
	public static void start() {
		CURRENT.set(new Tally());
	}

	/** Stops counting on this thread and tells what was run since {@link #start()}. */
	public static Count stop() {
		Tally tally = CURRENT.get();
		CURRENT.remove();
		return new Count(List.copyOf(tally.statements), tally.connections, tally.readOnly);
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
						? proxy(DataSource.class, dataSource, new DataSourceHandler(dataSource)) : bean;
			}
		};
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
		List<Class<?>> interfaces = new ArrayList<>(List.of(target.getClass().getInterfaces()));
		if (!interfaces.contains(type)) {
			interfaces.add(type);
		}
		return (T) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), interfaces.toArray(Class[]::new),
				handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	private record DataSourceHandler(DataSource target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
				return StatementCounting.invoke(target, method, args);
			}
			Object result = StatementCounting.invoke(target, method, args);
			if (result instanceof Connection connection) {
				Tally tally = CURRENT.get();
				if (tally != null) {
					tally.connections++;
				}
				return proxy(Connection.class, connection, new ConnectionHandler(connection, tally));
			}
			return result;
		}
	}

	private static final class ConnectionHandler implements InvocationHandler {

		private final Connection target;
		private final Tally tally;
		private boolean countedReadOnly;

		ConnectionHandler(Connection target, Tally tally) {
			this.target = target;
			this.tally = tally;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (tally != null && method.getName().equals("setReadOnly") && Boolean.TRUE.equals(args[0])
					&& !countedReadOnly) {
				countedReadOnly = true;
				tally.readOnly++;
			}
			Object result = StatementCounting.invoke(target, method, args);
			if (result instanceof Statement statement && tally != null) {
				String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
				Class<?> type = method.getReturnType().isInterface() ? method.getReturnType() : Statement.class;
				return proxy(type, statement, new StatementHandler(statement, sql, tally));
			}
			return result;
		}
	}

	private record StatementHandler(Statement target, String prepared, Tally tally) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().startsWith("execute")) {
				String sql = prepared != null ? prepared
						: args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
				tally.statements.add(sql.replaceAll("\\s+", " "));
			}
			return StatementCounting.invoke(target, method, args);
		}
	}
}
