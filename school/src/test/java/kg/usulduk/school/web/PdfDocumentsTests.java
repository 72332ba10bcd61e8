package kg.usulduk.school.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class PdfDocumentsTests {

	static final String KYRGYZ = "Усулдук бирикменин жыйналышынын протоколу: ң ө ү Ң Ө Ү";
	static final String RUSSIAN = "Протокол заседания методического объединения: ё Ё щ ъ";
	static final Locale KY = Locale.forLanguageTag("ky");
	static final Locale RU = Locale.forLanguageTag("ru");

	final PdfDocuments pdfs = new PdfDocuments(templateEngine());

	@Test
	void kyrgyzLettersSurviveIntoThePdf() throws IOException {
		String text = textOf(render(KY));

		// The built-in PDF fonts would print '#' for every letter they lack.
		assertThat(text).contains(KYRGYZ).contains(RUSSIAN).contains("Latin & HTML5").doesNotContain("#");
	}

	@Test
	void theTextIsSetInEmbeddedDejaVuSans() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(render(KY))) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font.getName()).contains("DejaVuSans");
				assertThat(font.isEmbedded()).isTrue();
			});
			assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("DejaVuSans-Bold"));
		}
	}

	@Test
	void messagesComeFromTheMessageSourceInTheDocumentsLanguage() throws IOException {
		assertThat(textOf(render(KY))).contains("Жыйналыштын протоколу");
		assertThat(textOf(render(RU))).contains("Протокол заседания");
	}

	@Test
	void aDownloadIsAPdfAttachmentWithItsNameInUtf8() {
		ResponseEntity<byte[]> download = PdfDocuments.attachment(new byte[] { 1 }, "протокол-ң.pdf");

		assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
		assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("протокол-ң.pdf");
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
				.contains("filename*=UTF-8''%D0%BF%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB-%D2%A3.pdf");
	}

	private byte[] render(Locale locale) {
		return pdfs.render("pdf-test", Map.of("kyrgyz", KYRGYZ, "russian", RUSSIAN), locale);
	}

	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Line breaks in the PDF are not the template's; only the words and their order matter here.
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** The engine Boot builds, in miniature: class-path templates and Spring's messages. */
	private static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("pdf-templates/"); // outside templates/: its messages live in this test only
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");

		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("pdf.test.title", KY, "Жыйналыштын протоколу");
		messages.addMessage("pdf.test.title", RU, "Протокол заседания");

		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}
}
