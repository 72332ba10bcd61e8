package kg.usulduk.mentorship.internal.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.mentorship.MentorOrderId;
import kg.usulduk.mentorship.internal.MentorOrder;
import kg.usulduk.mentorship.internal.MentorshipManagement;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.papers.DocumentRenderer;
import kg.usulduk.school.papers.PaperPrinting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The director's orders on mentors as the shared kernel publishes final papers: an order is final when issued, and
 * prints from what it froze then, in the school's document language, whoever asks.
 */
@Component
class OrderDocuments implements DocumentRenderer {

	static final String KIND = "mentorship.order";

	private final MentorshipManagement management;
	private final SchoolDirectory schools;
	private final PaperPrinting printing;

	OrderDocuments(MentorshipManagement management, SchoolDirectory schools, PaperPrinting printing) {
		this.management = management;
		this.schools = schools;
		this.printing = printing;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RenderedDocument> render(SchoolId school, UUID id) {
		return management.issuedOrder(school, new MentorOrderId(id)).map(order -> {
			var profile = schools.find(school).orElseThrow();
			Map<String, Object> model = Map.of("order", order, "paper", order.frozen(), "school", profile);
			return printing.rendered("№ " + order.number() + " · " + order.date(), "mentorship/order-print", model,
					profile, fileName(order));
		});
	}

	static String fileName(MentorOrder order) {
		return "order-" + order.number().replaceAll("[^\\p{L}\\p{N}_-]", "_") + "-" + order.date() + ".pdf";
	}
}
