package kg.usulduk.school.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf template into a PDF, for the documents a school prints and files: protocols, plans,
 * reports. A context keeps its print templates beside its pages ({@code templates/<context>/...}) and offers
 * the download from its controller in one line:
 *
 * <pre class="code">
 * return pdfDocuments.download("association/protocol-print", model, locale, "протокол-3.pdf");
 * </pre>
 *
 * <p>The template is rendered by the application's template engine, so {@code #{...}} messages come from the
 * contexts' bundles in the given locale, exactly as on a page. The HTML is then laid out by openhtmltopdf.
 *
 * <p>What a print template must do:
 * <ul>
 * <li>Set {@code font-family: "DejaVu Sans"} in its own {@code <style>}. It is the only font registered that
 * has the Kyrgyz letters ң ө ү (and Cyrillic and Latin); the PDF's built-in fonts would print {@code #} for
 * every Cyrillic letter. Regular, bold and their obliques are available.</li>
 * <li>Keep its styles in an inline {@code <style>} (with {@code @page { size: A4; margin: 2cm }} and the
 * like). The Content-Security-Policy that forbids inline styles guards pages in a browser; a print template
 * is never served as HTML, and openhtmltopdf reads no stylesheet from the running application.</li>
 * <li>Take everything it shows from the model. It is rendered outside a web request: context-relative links
 * ({@code @{/...}}), the request, the session and bean references ({@code ${@bean}}) are not available.</li>
 * </ul>
 */
@Component
public class PdfDocuments {

	/** The family name print templates use in {@code font-family}. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

	private static final List<Face> FACES = List.of(
			new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
			new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
			new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

	private final ITemplateEngine templates;

	/**
	 * @param templates the application's template engine (Boot's {@code SpringTemplateEngine}, whose messages
	 *        come from Spring's {@code MessageSource}); never {@code null}
	 * @throws IllegalStateException if a font face is missing from the class path
	 */
	public PdfDocuments(ITemplateEngine templates) {
		Assert.notNull(templates, "The template engine must not be null");
		for (Face face : FACES) {
			if (!face.resource().exists()) {
				throw new IllegalStateException("Font " + face.resource().getPath() + " is not on the class path");
			}
		}
		this.templates = templates;
	}

	/**
	 * Renders a template to a PDF.
	 *
	 * @param templateName the template's name as a controller would return it, e.g.
	 *        {@code association/protocol-print}; never {@code null} or blank
	 * @param model the template's variables; never {@code null}, may be empty
	 * @param locale the language of the document's messages and formats; never {@code null}
	 * @return the PDF's bytes, never {@code null}
	 * @throws UncheckedIOException if the PDF cannot be laid out or written
	 */
	public byte[] render(String templateName, Map<String, ?> model, Locale locale) {
		Assert.hasText(templateName, "The template name must not be blank");
		Assert.notNull(model, "The model must not be null");
		Assert.notNull(locale, "The locale must not be null");

		Context context = new Context(locale);
		model.forEach(context::setVariable);
		String html = templates.process(templateName, context);

		// openhtmltopdf reads XML; Thymeleaf writes HTML5 (void elements, entities), which jsoup parses as a browser would.
		org.w3c.dom.Document document = W3CDom.convert(Jsoup.parse(html));

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		for (Face face : FACES) {
			builder.useFont(face::open, FONT_FAMILY, face.weight(), face.style(), true);
		}
		builder.withW3cDocument(document, null);
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render template " + templateName + " to a PDF", e);
		}
		return pdf.toByteArray();
	}

	/**
	 * Renders a template to a PDF and answers it as a download (see {@link #attachment(byte[], String)}).
	 *
	 * @param fileName the name the browser saves the file under; any language; never {@code null} or blank
	 * @see #render(String, Map, Locale)
	 */
	public ResponseEntity<byte[]> download(String templateName, Map<String, ?> model, Locale locale, String fileName) {
		return attachment(render(templateName, model, locale), fileName);
	}

	/**
	 * A PDF as a download: {@code application/pdf}, {@code Content-Disposition: attachment} with the file name in
	 * UTF-8 (RFC 6266), so Kyrgyz and Russian names arrive intact.
	 *
	 * @param pdf the PDF's bytes; never {@code null}
	 * @param fileName the name the browser saves the file under; never {@code null} or blank
	 */
	public static ResponseEntity<byte[]> attachment(byte[] pdf, String fileName) {
		Assert.notNull(pdf, "The PDF must not be null");
		Assert.hasText(fileName, "The file name must not be blank");
		return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.headers(headers -> headers.setContentDisposition(
						ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build()))
				.body(pdf);
	}

	/** One face of DejaVu Sans, from the jasperreports-fonts jar. */
	private record Face(String file, int weight, FontStyle style) {

		ClassPathResource resource() {
			return new ClassPathResource(FONTS + file);
		}

		InputStream open() {
			try {
				return resource().getInputStream();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not read font " + resource().getPath(), e);
			}
		}
	}
}
