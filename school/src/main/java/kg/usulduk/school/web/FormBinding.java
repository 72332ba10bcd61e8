package kg.usulduk.school.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two rules for every form, kept where Spring binds forms rather than in each controller.
 * <ul>
 * <li>A form whose field names no form has ({@code present[1].value}, {@code entries[99999].x}) makes Spring's
 * binder fail outside the form's errors: that is the sender's malformed request, answered 400 by
 * {@link ErrorPages}, not a server error. Values of the wrong type in known fields stay field errors.</li>
 * <li>A form that carries the version of the record it shows (optimistic locking across the round trip, see
 * {@code kg.usulduk.school.Versions}) must send it: one sent without it reads as a version no record has, so the
 * save is refused as a conflict instead of silently overwriting whatever changed meanwhile. A form for a record
 * that does not exist yet sends the field empty.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FormBinding {

	/** The form field that carries a record's version. */
	static final String VERSION = "version";

	/** What a missing version reads as: no record has it. */
	static final String NO_VERSION = "-1";

	@Bean
	static BeanPostProcessor formBindingRules() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
					List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
					for (HandlerMethodArgumentResolver resolver : adapter.getArgumentResolvers()) {
						resolvers.add(resolver instanceof ModelAttributeMethodProcessor
								|| resolver instanceof RequestParamMethodArgumentResolver ? new Guarded(resolver) : resolver);
					}
					adapter.setArgumentResolvers(resolvers);
				}
				return bean;
			}
		};
	}

	/** Binds as Spring does, with the two rules. */
	private record Guarded(HandlerMethodArgumentResolver delegate) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return delegate.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			NativeWebRequest bound = request;
			HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
			if (servlet != null && "POST".equals(servlet.getMethod()) && servlet.getParameter(VERSION) == null
					&& carriesVersion(parameter)) {
				bound = new ServletWebRequest(new WithVersion(servlet), request.getNativeResponse(HttpServletResponse.class));
			}
			try {
				return delegate.resolveArgument(parameter, container, bound, binders);
			}
			catch (BindException | ServletRequestBindingException e) {
				throw e;
			}
			catch (BeansException | IllegalStateException | IndexOutOfBoundsException e) {
				throw new ServletRequestBindingException("The form could not be bound: " + e.getMessage(), e);
			}
		}

		private boolean carriesVersion(MethodParameter parameter) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				return VERSION.equals(name.isEmpty() ? parameter.getParameterName() : name);
			}
			if (delegate instanceof ModelAttributeMethodProcessor) {
				Class<?> type = parameter.getParameterType();
				if (type.isRecord()) {
					for (var component : type.getRecordComponents()) {
						if (component.getName().equals(VERSION)) {
							return true;
						}
					}
					return false;
				}
				return !BeanUtils.isSimpleProperty(type) && BeanUtils.getPropertyDescriptor(type, VERSION) != null;
			}
			return false;
		}
	}

	/** The request as sent, with the missing version read as {@link #NO_VERSION}. */
	private static final class WithVersion extends HttpServletRequestWrapper {

		WithVersion(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return VERSION.equals(name) ? NO_VERSION : super.getParameter(name);
		}

		@Override
		public String[] getParameterValues(String name) {
			return VERSION.equals(name) ? new String[] { NO_VERSION } : super.getParameterValues(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
			parameters.put(VERSION, new String[] { NO_VERSION });
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}
	}
}
