package kg.usulduk.council.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import kg.usulduk.council.DecisionAdopted;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.RecommendationIssued;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the methodological council sends to the pedagogical council becomes a proposed question of the pedagogical
 * council's year: its recommendations of programmes and teachers (000 §2.3) and its reports (003 §5.5). Each source
 * proposes once: events may repeat, race, or come again from a corrected protocol.
 */
@Component
class PedagogicalCouncilAgenda {

	private final Councils councils;
	private final ProposedQuestions questions;
	private final StaffDirectory staff;

	PedagogicalCouncilAgenda(Councils councils, ProposedQuestions questions, StaffDirectory staff) {
		this.councils = councils;
		this.questions = questions;
		this.staff = staff;
	}

	/** 000 §2.3: the methodological council recommends to the pedagogical council. */
	@ApplicationModuleListener
	void on(RecommendationIssued event) {
		councils.findById(event.council()).filter(council -> !council.isPedagogical()).ifPresent(council -> {
			// The same recommendation re-issued by a correction of the protocol is the same question.
			String key = "recommendation:" + council.getId() + ":" + digest(event.kind() + "|" + event.teacher() + "|"
					+ event.document() + "|" + event.recommendedFor() + "|" + event.recommendedWhat());
			String about = event.teacher() != null
					? staff.find(event.school(), event.teacher()).map(StaffCard::fullName).orElse(null)
					: event.document();
			questions.propose(event.school(), council.year().startYear(), key, event.kind(),
					title(about, event.text()), event.issuedOn());
		});
	}

	/** 003 §5.5: the methodological council reports on its work to the pedagogical council. */
	@ApplicationModuleListener
	void on(DecisionAdopted event) {
		if (event.kind() != DecisionKind.REPORT_TO_PEDAGOGICAL_COUNCIL) {
			return;
		}
		councils.findById(event.council()).filter(council -> !council.isPedagogical()).ifPresent(council -> {
			// A session and its question's place stay the same through a correction of the protocol.
			String key = "report:" + event.session() + ":" + event.item();
			questions.propose(event.school(), council.year().startYear(), key, event.kind(),
					title(null, event.text()), event.adoptedOn());
		});
	}

	private static String title(String about, String text) {
		boolean named = about == null || about.isBlank() || (text != null && text.contains(about));
		String title = named ? text : about + " — " + text;
		title = title == null || title.isBlank() ? "—" : title.strip().replaceAll("\\s+", " ");
		return title.length() > 500 ? title.substring(0, 499) + "…" : title;
	}

	private static String digest(String text) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
