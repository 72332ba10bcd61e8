package kg.usulduk.school.web;

import java.util.Locale;

import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Refusals that reach no form: a translated page for the browser, an RFC 9457 problem detail for JSON.
 * Refusals on a form are shown on the form by its controller (see {@link FormErrors}). Input no form checks (a
 * malformed value in the address, a missing parameter) answers 400; a duplicate that a unique key refused, and an
 * edit of a record that changed meanwhile, answer 409; other data the database refuses answers 400.
 */
final class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private ErrorPages() {
	}

	/**
	 * Spring Data JDBC wraps what the database said in its own exception: the cause is what matters. Any other
	 * failure of a statement stays a server error.
	 */
	static Exception unwrapped(Exception e) throws Exception {
		if (e instanceof DbActionExecutionException && e.getCause() instanceof DataAccessException cause
				&& (cause instanceof DataIntegrityViolationException || cause instanceof OptimisticLockingFailureException)) {
			return cause;
		}
		if (e instanceof DbActionExecutionException) {
			throw e;
		}
		return e;
	}

	static HttpStatus statusOf(Exception e) {
		if (e instanceof NotFound || e instanceof NoResourceFoundException || isMalformedPathId(e)) {
			return HttpStatus.NOT_FOUND;
		}
		if (e instanceof OptimisticLockingFailureException || e instanceof DuplicateKeyException) {
			return HttpStatus.CONFLICT;
		}
		if (e instanceof RuleViolation) {
			return HttpStatus.UNPROCESSABLE_CONTENT;
		}
		return HttpStatus.BAD_REQUEST;
	}

	/** An id in the address that is not an id names nothing: not found, as an unknown id is. */
	private static boolean isMalformedPathId(Exception e) {
		return e instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
	}

	static String messageOf(Exception e, MessageSource messages, Locale locale) {
		if (e instanceof RuleViolation violation) {
			return messages.getMessage(violation.code(), violation.arguments(), violation.code(), locale);
		}
		if (e instanceof NotFound || statusOf(e) == HttpStatus.NOT_FOUND) {
			return messages.getMessage("error.404", null, locale);
		}
		if (e instanceof DuplicateKeyException) {
			// A unique key refused a second, identical act (a double click, two tabs): the first one stands.
			return messages.getMessage("error.alreadyExists", null, locale);
		}
		if (e instanceof OptimisticLockingFailureException) {
			return messages.getMessage("error.concurrentEdit", null, locale);
		}
		return messages.getMessage("error.badInput", null, locale);
	}

	/** JSON endpoints ({@code @RestController}) answer problem details in the asker's language. */
	@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Problems {

		private final MessageSource messages;

		Problems(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler({ RuleViolation.class, NotFound.class, OptimisticLockingFailureException.class,
				DataIntegrityViolationException.class, TypeMismatchException.class, ServletRequestBindingException.class,
				BindException.class, ConversionFailedException.class, IllegalArgumentException.class, InvalidPropertyException.class,
				HttpMessageNotReadableException.class, HandlerMethodValidationException.class,
				DbActionExecutionException.class })
		ResponseEntity<ProblemDetail> refused(Exception thrown, Locale locale) throws Exception {
			Exception e = unwrapped(thrown);
			HttpStatus status = statusOf(e);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messageOf(e, messages, locale));
			problem.setTitle(messages.getMessage("error." + status.value(), null, status.getReasonPhrase(), locale));
			if (e instanceof RuleViolation violation) {
				problem.setProperty("code", violation.code());
				if (violation.field() != null) {
					problem.setProperty("field", violation.field());
				}
				if (violation.all().size() > 1) {
					// Every refusal found at once, each with its field and message (issue 13).
					problem.setProperty("errors", violation.all().stream().map(one -> {
						java.util.Map<String, Object> error = new java.util.LinkedHashMap<>();
						error.put("code", one.code());
						if (one.field() != null) {
							error.put("field", one.field());
						}
						error.put("detail", messageOf(one, messages, locale));
						return error;
					}).toList());
				}
			}
			return ResponseEntity.status(status).body(problem);
		}
	}

	/** Pages: the error page with the refusal in the person's language. */
	@ControllerAdvice
	// Before Spring Boot's problem-details handler, which would answer a page's malformed input in JSON.
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	static class Pages {

		private final MessageSource messages;
		private final LayoutModel layout;

		Pages(MessageSource messages, LayoutModel layout) {
			this.messages = messages;
			this.layout = layout;
		}

		/**
		 * An address that leads nowhere: the translated 404 page for a browser, a problem detail for a client that
		 * asked for JSON only.
		 */
		@ExceptionHandler(NoResourceFoundException.class)
		Object nowhere(NoResourceFoundException e, Locale locale, HttpServletRequest request) throws Exception {
			String accept = request.getHeader("Accept");
			if (accept != null && accept.contains("json") && !accept.contains("html")) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
						messages.getMessage("error.404", null, locale));
				problem.setTitle(messages.getMessage("error.404", null, locale));
				return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
			}
			return refused(e, locale, request);
		}

		@ExceptionHandler({ RuleViolation.class, NotFound.class, OptimisticLockingFailureException.class,
				DataIntegrityViolationException.class, TypeMismatchException.class, ServletRequestBindingException.class,
				BindException.class, ConversionFailedException.class, IllegalArgumentException.class, InvalidPropertyException.class,
				HttpMessageNotReadableException.class, HandlerMethodValidationException.class,
				DbActionExecutionException.class })
		ModelAndView refused(Exception thrown, Locale locale, HttpServletRequest request) throws Exception {
			Exception e = unwrapped(thrown);
			HttpStatus status = statusOf(e);
			// A value object's refusal of a value (IllegalArgumentException) is bad input, but could hide a bug: keep it visible.
			if (e instanceof IllegalArgumentException) {
				log.info("Refused with {}: {}", status, e.toString());
			}
			else {
				log.debug("Refused with {}: {}", status, e.getMessage());
			}
			ModelAndView page = new ModelAndView("error", status);
			page.addObject("status", status.value());
			if (status != HttpStatus.NOT_FOUND) { // the heading says it all
				page.addObject("detail", messageOf(e, messages, locale));
			}
			// Model attributes of the layout are not added to an exception handler's view: the error keeps the
			// navigation and the signed-in person all the same.
			layout.addTo(page, request);
			return page;
		}
	}
}
