package kg.usulduk.planning.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The reminder and mail jobs run on Spring's scheduler, on a pool ({@code spring.task.scheduling.pool.size}) so that
 * one job waiting on a slow server never holds up another. ShedLock lets one instance at a time run each, with the
 * database's clock deciding. Locks are short and kept alive while a run works (ShedLock's
 * {@link KeepAliveLockProvider}): an instance that dies holding one releases it within {@code lockAtMostFor}, not
 * after the longest run anyone could imagine.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT40S")
class SchedulingConfiguration {

	@Bean
	LockKeepAlive lockKeepAlive() {
		return new LockKeepAlive();
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource, LockKeepAlive keepAlive) {
		return new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
				.withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("planning.shedlock").usingDbTime().build()),
				keepAlive.executor);
	}

	/**
	 * The thread that extends held locks. Not a {@link ScheduledExecutorService} bean: Spring would take such a bean
	 * for the scheduler of every job, in place of Boot's pool.
	 */
	static final class LockKeepAlive implements DisposableBean {

		private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "shedlock-keep-alive");
			thread.setDaemon(true);
			return thread;
		});

		@Override
		public void destroy() {
			executor.shutdownNow();
		}
	}
}
