package kg.usulduk.bench.app;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The bench app's additions, outside every context and before Spring Security (so they answer on the bench app
 * alone, which listens on localhost):
 * <ul>
 * <li>a page request with the header {@code X-Bench-Capture: <page>} has its statements recorded under that name;
 * <li>{@code GET /bench/captured} lists per page the views recorded, statements and connections per view, and the
 * SQL of one view;
 * <li>{@code POST /bench/replay?page=..&threads=32&seconds=20} replays the recorded views bare through JDBC, on the
 * app's own pool, one transaction per connection the page took (rolled back), each thread its own view (so its own
 * signed-in session), and answers the throughput and the percentiles: the database's ceiling for that page.
 * </ul>
 */
public class BenchEndpoints {

	static final String HEADER = "X-Bench-Capture";
	private static final Map<String, List<Recorded>> CAPTURED = new ConcurrentHashMap<>();
	private static volatile DataSource raw;

	@Bean
	static BeanPostProcessor benchRecordingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && raw == null) {
					raw = dataSource;
					return StatementRecorder.wrap(dataSource);
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<Filter> benchFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(BenchEndpoints::filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	private static void filter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String path = request.getRequestURI();
		if (path.startsWith("/bench/")) {
			response.setContentType("text/plain;charset=UTF-8");
			if (path.equals("/bench/captured")) {
				response.getWriter().write(captured());
			}
			else if (path.equals("/bench/replay") && "POST".equals(request.getMethod())) {
				response.getWriter().write(replay(URLDecoder.decode(request.getParameter("page"), StandardCharsets.UTF_8),
						Integer.parseInt(request.getParameter("threads")), Integer.parseInt(request.getParameter("seconds"))));
			}
			else {
				response.sendError(404);
			}
			return;
		}
		String page = request.getHeader(HEADER);
		if (page == null) {
			chain.doFilter(req, res);
			return;
		}
		StatementRecorder.start();
		try {
			chain.doFilter(req, res);
		}
		finally {
			Recorded recorded = StatementRecorder.stop();
			CAPTURED.computeIfAbsent(page, p -> new CopyOnWriteArrayList<>()).add(recorded);
		}
	}

	private static String captured() {
		StringBuilder text = new StringBuilder();
		CAPTURED.forEach((page, views) -> {
			int statements = views.stream().mapToInt(v -> v.calls.size()).max().orElse(0);
			int connections = views.stream().mapToInt(v -> v.connections).max().orElse(0);
			double meanStatements = views.stream().mapToInt(v -> v.calls.size()).average().orElse(0);
			text.append(String.format(Locale.ROOT, "page\t%s\t%d\t%.1f\t%d\t%d%n", page, views.size(), meanStatements,
					statements, connections));
			for (Recorded.Call call : views.get(views.size() - 1).calls) {
				text.append("sql\t").append(page).append('\t').append(call.connection()).append('\t')
					.append(call.sql().replaceAll("\\s+", " ").strip()).append('\n');
			}
		});
		return text.toString();
	}

	private static String replay(String page, int threads, int seconds) {
		List<Recorded> views = CAPTURED.getOrDefault(page, List.of());
		if (views.isEmpty()) {
			return "views=0\n";
		}
		AtomicLong errors = new AtomicLong();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(1, seconds / 4));
		long until = warmUntil + TimeUnit.SECONDS.toNanos(seconds);
		for (int t = 0; t < threads; t++) {
			Recorded view = views.get(t % views.size());
			pool.execute(() -> {
				List<Long> mine = new ArrayList<>();
				long now;
				while ((now = System.nanoTime()) < until) {
					try {
						run(view);
					}
					catch (SQLException | RuntimeException e) {
						errors.incrementAndGet();
					}
					long took = System.nanoTime() - now;
					if (now >= warmUntil) {
						mine.add(took);
					}
				}
				latencies.addAll(mine);
			});
		}
		pool.shutdown();
		try {
			pool.awaitTermination(seconds * 4L + 60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return String.format(Locale.ROOT, "views=%d%nerrors=%d%nthroughput=%.1f%np50=%.1f%np95=%.1f%np99=%.1f%n",
				sorted.size(), errors.get(), sorted.size() / (double) seconds, percentile(sorted, 50),
				percentile(sorted, 95), percentile(sorted, 99));
	}

	private static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	/** One page view's statements, one transaction per connection the page took, rolled back. */
	private static void run(Recorded view) throws SQLException {
		int i = 0;
		List<Recorded.Call> calls = view.calls;
		while (i < calls.size()) {
			int connectionOrdinal = calls.get(i).connection();
			try (Connection connection = raw.getConnection()) {
				connection.setAutoCommit(false);
				try {
					while (i < calls.size() && calls.get(i).connection() == connectionOrdinal) {
						execute(connection, calls.get(i++));
					}
				}
				finally {
					connection.rollback();
				}
			}
		}
	}

	private static void execute(Connection connection, Recorded.Call call) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(call.sql())) {
			for (Recorded.Setter setter : call.setters()) {
				try {
					setter.method().invoke(statement, setter.args());
				}
				catch (ReflectiveOperationException e) {
					throw new SQLException("Could not replay " + setter.method().getName(), e);
				}
			}
			boolean results = statement.execute();
			while (true) {
				if (results) {
					try (ResultSet rows = statement.getResultSet()) {
						int columns = rows.getMetaData().getColumnCount();
						while (rows.next()) {
							for (int c = 1; c <= columns; c++) {
								rows.getObject(c);
							}
						}
					}
				}
				else if (statement.getUpdateCount() == -1) {
					break;
				}
				results = statement.getMoreResults();
			}
		}
	}
}
