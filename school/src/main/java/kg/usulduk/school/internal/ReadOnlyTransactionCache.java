package kg.usulduk.school.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Within a read-only transaction (a page: see {@code PageTransactions}) each repository's finders ({@code findById},
 * {@code findByIdAndSchoolId}, {@code findBySessionId}, ...) answer the same question once: the school's profile, an association, a session are read once per page however many services,
 * access checks and panels ask for them. Nothing changes inside a read-only transaction, so the answer cannot go
 * stale; the cache ends with the transaction. Each caller gets a list of its own (the aggregates in it are shared). Writes and transactions that may write read the database every time.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyTransactionCache {

	@Bean
	static BeanPostProcessor readOnlyTransactionCacheOnRepositories() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof RepositoryFactoryBeanSupport<?, ?, ?> repository) {
					repository.addRepositoryFactoryCustomizer(factory -> factory.addRepositoryProxyPostProcessor(
							(proxy, information) -> proxy.addAdvice(new FinderCache(information.getRepositoryInterface()))));
				}
				return bean;
			}
		};
	}

	static final class FinderCache implements MethodInterceptor {

		private static final Object KEY = FinderCache.class;

		private final Class<?> repository;

		FinderCache(Class<?> repository) {
			this.repository = repository;
		}

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			Class<?> returned = invocation.getMethod().getReturnType();
			if (!invocation.getMethod().getName().startsWith("find")
					|| !(returned.equals(Optional.class) || returned.equals(List.class)) || !cacheable()) {
				return invocation.proceed();
			}
			Map<Object, Object> answers = answers();
			Object key = List.of(repository, invocation.getMethod(), Arrays.asList(invocation.getArguments()));
			Object answer = answers.get(key);
			if (answer == null) {
				answer = invocation.proceed();
				answers.put(key, answer);
			}
			return answer instanceof List<?> list ? new java.util.ArrayList<>(list) : answer;
		}

		/**
		 * What this read-only transaction has already read with that repository's finder of this name and these
		 * arguments, if it did; never a statement.
		 */
		static Optional<Object> answered(Class<?> repository, String method, List<Object> arguments) {
			if (!cacheable() || !(TransactionSynchronizationManager.getResource(KEY) instanceof Map<?, ?> answers)) {
				return Optional.empty();
			}
			return answers.entrySet().stream()
					.filter(answer -> answer.getKey() instanceof List<?> key && key.get(0).equals(repository)
							&& ((java.lang.reflect.Method) key.get(1)).getName().equals(method) && key.get(2).equals(arguments))
					.<Object>map(Map.Entry::getValue).findFirst();
		}

		/**
		 * Answers a finder's question ahead, from a statement that read it along with something else (a school's
		 * quarters with its profile), so that asking it later in this read-only transaction is no statement; an answer
		 * already given stays. Outside a read-only transaction, nothing.
		 */
		static void answerAhead(Class<?> repository, java.lang.reflect.Method method, List<Object> arguments,
				Object answer) {
			if (cacheable()) {
				answers().putIfAbsent(List.of(repository, method, arguments), answer);
			}
		}

		private static boolean cacheable() {
			return TransactionSynchronizationManager.isActualTransactionActive()
					&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()
					&& TransactionSynchronizationManager.isSynchronizationActive();
		}

		@SuppressWarnings("unchecked")
		private static Map<Object, Object> answers() {
			Object bound = TransactionSynchronizationManager.getResource(KEY);
			if (bound != null) {
				return (Map<Object, Object>) bound;
			}
			Map<Object, Object> answers = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, answers);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
			return answers;
		}
	}
}
