package kg.usulduk.school.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form whose field names no form has ({@code present[1].value}, {@code entries[99999].x}) makes Spring's binder
 * fail outside the form's errors. That is the sender's malformed request, answered 400 by {@link ErrorPages}, not
 * a server error. Values of the wrong type in known fields stay field errors on the form.
 */
@Configuration(proxyBeanMethods = false)
class MalformedForms {

	@org.springframework.context.annotation.Bean
	static BeanPostProcessor malformedFormsAreBadRequests() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
					List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
					for (HandlerMethodArgumentResolver resolver : adapter.getArgumentResolvers()) {
						resolvers.add(resolver instanceof ModelAttributeMethodProcessor forms ? new Guarded(forms) : resolver);
					}
					adapter.setArgumentResolvers(resolvers);
				}
				return bean;
			}
		};
	}

	/** Binds as Spring does, and turns a failure of the binding itself into a refused request. */
	private record Guarded(ModelAttributeMethodProcessor delegate) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return delegate.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			try {
				return delegate.resolveArgument(parameter, container, request, binders);
			}
			catch (BindException e) {
				throw e;
			}
			catch (BeansException | IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
				throw new ServletRequestBindingException("The form could not be bound: " + e.getMessage(), e);
			}
		}
	}
}
