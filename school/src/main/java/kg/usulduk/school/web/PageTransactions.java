package kg.usulduk.school.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page is read in one read-only transaction: every service call, panel and layout badge of a GET request joins it,
 * so a page takes one connection from the pool, sees one snapshot, and repository reads of an aggregate are
 * answered once per page (see {@code ReadOnlyTransactionCache}). Writes are POSTs and keep their own transactions.
 * The filter runs after Spring Security and Spring Session, whose reads and writes are theirs.
 */
@Configuration(proxyBeanMethods = false)
class PageTransactions {

	/** After the session store (Integer.MIN_VALUE + 50) and Spring Security (-100). */
	static final int ORDER = 0;

	@Bean
	FilterRegistrationBean<ReadOnlyPageFilter> readOnlyPages(PlatformTransactionManager transactions) {
		FilterRegistrationBean<ReadOnlyPageFilter> registration = new FilterRegistrationBean<>(
				new ReadOnlyPageFilter(transactions));
		registration.setOrder(ORDER);
		return registration;
	}

	static final class ReadOnlyPageFilter extends OncePerRequestFilter {

		private final PlatformTransactionManager transactions;

		ReadOnlyPageFilter(PlatformTransactionManager transactions) {
			this.transactions = transactions;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String method = request.getMethod();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			// Static files read no database: they need no connection.
			return !(method.equals("GET") || method.equals("HEAD")) || path.startsWith("/css/")
					|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/images/")
					|| path.equals("/favicon.ico");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			// The signed-in session is read here, before the page's connection is taken: Spring Session JDBC reads it in
			// a transaction of its own (REQUIRES_NEW), and read lazily inside the page (the security context, the CSRF
			// token of a form) it would need a second connection while the page holds one; under as many concurrent
			// pages as the pool has connections, every page would wait for a second one (seen in the bench's load run).
			request.getSession(false);
			DefaultTransactionDefinition page = new DefaultTransactionDefinition();
			page.setReadOnly(true);
			page.setName("GET " + request.getRequestURI());
			// The page is written to a buffer and sent after its transaction ends: sending it commits the response, and
			// Spring Session saves the session (its last access) on that commit in a transaction of its own, which inside
			// the page's would want a second connection while the page holds one (the bench's load run: pages waiting
			// 30 s for one under 32 users and a pool of 10).
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			TransactionStatus status = transactions.getTransaction(page);
			try {
				chain.doFilter(request, buffered);
			}
			finally {
				// A service that refused (not found, access denied) marks it rollback-only; a read-only transaction
				// has nothing to keep, so it ends the same either way, without Spring's UnexpectedRollbackException.
				if (status.isRollbackOnly()) {
					transactions.rollback(status);
				}
				else {
					transactions.commit(status);
				}
			}
			buffered.copyBodyToResponse();
		}
	}
}
