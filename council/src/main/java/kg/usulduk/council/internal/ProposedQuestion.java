package kg.usulduk.council.internal;

import java.time.LocalDate;

import kg.usulduk.council.CouncilBody;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.ProposedQuestionId;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A question the methodological council put before the pedagogical council: a programme or a teacher it recommends
 * (000 §2.3) or its report (003 §5.5). It waits on the pedagogical council's page until the chair or the secretary
 * puts it on a session's agenda, once.
 */
@Table(schema = "council", name = "proposed_questions")
public class ProposedQuestion implements AggregateRoot<ProposedQuestion, ProposedQuestionId> {

	private final @Id ProposedQuestionId id;
	private final SchoolId schoolId;
	private final int schoolYear;
	private final String sourceKey;
	private final DecisionKind kind;
	private final String title;
	private final LocalDate proposedOn;
	private CouncilSessionId sessionId;
	private @Version Integer version;

	@PersistenceCreator
	ProposedQuestion(ProposedQuestionId id, SchoolId schoolId, int schoolYear, String sourceKey, DecisionKind kind,
			String title, LocalDate proposedOn, CouncilSessionId sessionId, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.schoolYear = schoolYear;
		this.sourceKey = sourceKey;
		this.kind = kind;
		this.title = title;
		this.proposedOn = proposedOn;
		this.sessionId = sessionId;
		this.version = version;
	}

	/**
	 * The question goes on the agenda of a session of the pedagogical council of its school year that is still to be
	 * held; a question already on an agenda is not put there twice.
	 */
	public AgendaItem putOn(CouncilSession session, Council council) {
		if (!session.councilId().equals(council.getId()) || !council.schoolId().equals(schoolId)) {
			throw new IllegalArgumentException("Session of another council");
		}
		if (council.body() != CouncilBody.PEDAGOGICAL || council.year().startYear() != schoolYear) {
			throw RuleViolation.onField("session", "council.proposal.notThisCouncil");
		}
		if (sessionId != null) {
			throw RuleViolation.of("council.proposal.alreadyOnAgenda");
		}
		AgendaItem item = new AgendaItem(title);
		session.addToAgenda(item);
		this.sessionId = session.getId();
		return item;
	}

	public boolean isOnAgenda() {
		return sessionId != null;
	}

	@Override
	public ProposedQuestionId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public SchoolYear year() {
		return new SchoolYear(schoolYear);
	}

	public String sourceKey() {
		return sourceKey;
	}

	public DecisionKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public LocalDate proposedOn() {
		return proposedOn;
	}

	public CouncilSessionId sessionId() {
		return sessionId;
	}

	public Integer version() {
		return version;
	}
}
