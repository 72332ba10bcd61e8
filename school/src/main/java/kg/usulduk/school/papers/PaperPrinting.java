package kg.usulduk.school.papers;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.papers.DocumentRenderer.RenderedDocument;
import kg.usulduk.school.web.PdfDocuments;
import kg.usulduk.school.web.PrintLanguage;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How every context shows a paper for printing and as a PDF: always in the school's document language (a setting,
 * default Kyrgyz), whoever opens it, from the same print template; the PDF variant is told so ({@code pdf} in the
 * model) and reads its styles inline (see {@code print.html}). Controllers and {@link DocumentRenderer}s call it
 * instead of repeating these steps.
 */
@Component
public class PaperPrinting {

	private final PdfDocuments pdf;

	PaperPrinting(PdfDocuments pdf) {
		this.pdf = pdf;
	}

	/** The print view: the request is answered in the school's document language; returns the template. */
	public String page(HttpServletRequest request, SchoolProfile school, String template) {
		PrintLanguage.printIn(request, school);
		return template;
	}

	/** The PDF as a download, in the school's document language. */
	public ResponseEntity<byte[]> download(String template, Map<String, ?> model, SchoolProfile school,
			String fileName) {
		return PdfDocuments.attachment(render(template, model, school), fileName);
	}

	/** The PDF of a final paper, as a renderer hands it to another context. */
	public RenderedDocument rendered(String title, String template, Map<String, ?> model, SchoolProfile school,
			String fileName) {
		return new RenderedDocument(title, fileName, render(template, model, school));
	}

	private byte[] render(String template, Map<String, ?> model, SchoolProfile school) {
		Map<String, Object> pdfModel = new HashMap<>(model);
		pdfModel.put("pdf", true);
		return pdf.render(template, pdfModel, school.settings().documentLocale());
	}
}
