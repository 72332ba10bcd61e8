package kg.usulduk.school.internal;

import java.util.HashMap;
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
 * Within a read-only transaction (a page: see {@code PageTransactions}) each repository's {@code findById} answers a
 * given id once: the school's profile, an association, a session are read once per page however many services,
 * access checks and panels ask for them. Nothing changes inside a read-only transaction, so the answer cannot go
 * stale; the cache ends with the transaction. Writes and transactions that may write read the database every time.
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
							(proxy, information) -> proxy.addAdvice(new FindByIdCache(information.getRepositoryInterface()))));
				}
				return bean;
			}
		};
	}

	static final class FindByIdCache implements MethodInterceptor {

		private static final Object KEY = FindByIdCache.class;

		private final Class<?> repository;

		FindByIdCache(Class<?> repository) {
			this.repository = repository;
		}

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			if (!invocation.getMethod().getName().equals("findById") || invocation.getArguments().length != 1
					|| invocation.getArguments()[0] == null
					|| !invocation.getMethod().getReturnType().equals(Optional.class) || !cacheable()) {
				return invocation.proceed();
			}
			Map<Object, Object> answers = answers();
			Object key = Map.entry(repository, invocation.getArguments()[0]);
			Object answer = answers.get(key);
			if (answer == null) {
				answer = invocation.proceed();
				answers.put(key, answer);
			}
			return answer;
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
