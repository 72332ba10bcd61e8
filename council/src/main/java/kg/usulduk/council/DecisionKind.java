package kg.usulduk.council;

/**
 * The kinds of decision the regulations give the methodological council (000 §2.2–2.3, 003 §2.3, §5.1, §5.5) and the
 * pedagogical council (001 plan header, 001 §5.2, 003 header and §5.5, 000 §2.3, 004); {@link #of(CouncilBody)} says
 * which body takes which.
 */
public enum DecisionKind {
	/** A general decision on the question considered. */
	GENERAL,
	/** 003 §5.1: the plan of the council's sessions for the year, approved at its first session. */
	APPROVE_SESSION_PLAN,
	/** 003 §2.3: the plan of scientific, methodological and experimental work. */
	APPROVE_WORK_PLAN,
	/** 000 §2.2, 003 §2.3: expertise of a strategic document (development programme, curriculum, lesson plan). */
	DOCUMENT_EXPERTISE,
	/** 000 §2.3: a working, innovative or experimental programme recommended to the pedagogical council. */
	RECOMMEND_PROGRAMME,
	/** 000 §2.3: attestation, category, title or award recommended for a teacher. */
	RECOMMEND_TEACHER,
	/** A task with a responsible person and a due date, followed up at later sessions. */
	TASK,
	/** 003 §5.5: the council reports on its work to the pedagogical council. */
	REPORT_TO_PEDAGOGICAL_COUNCIL,
	/** 001 plan header, 001 §5.2: the pedagogical council adopts the work plans (of the school, of the associations). */
	ADOPT_WORK_PLANS,
	/** 001 §5.2, §6.6: the pedagogical council adopts the school's methodological theme of the year. */
	ADOPT_THEME,
	/** 003 header ("Каралды: Пед. кеңешмесинин"): a regulation is considered before the director approves it. */
	CONSIDER_REGULATION,
	/** 003 §5.5: the pedagogical council hears the methodological council's report on its work. */
	HEAR_COUNCIL_REPORT,
	/** 000 §2.3: a programme the methodological council recommended is discussed and approved. */
	APPROVE_PROGRAMME,
	/** 004: an award for a leading teacher, on a head's proposal. */
	PROPOSE_AWARD;

	private static final java.util.List<DecisionKind> METHODOLOGICAL = java.util.List.of(GENERAL,
			APPROVE_SESSION_PLAN, APPROVE_WORK_PLAN, DOCUMENT_EXPERTISE, RECOMMEND_PROGRAMME, RECOMMEND_TEACHER, TASK,
			REPORT_TO_PEDAGOGICAL_COUNCIL);

	private static final java.util.List<DecisionKind> PEDAGOGICAL = java.util.List.of(GENERAL, ADOPT_WORK_PLANS,
			ADOPT_THEME, CONSIDER_REGULATION, HEAR_COUNCIL_REPORT, APPROVE_PROGRAMME, PROPOSE_AWARD, TASK);

	/** The kinds of decision a body takes: the pedagogical council recommends nothing to itself. */
	public static java.util.List<DecisionKind> of(CouncilBody body) {
		return body == CouncilBody.PEDAGOGICAL ? PEDAGOGICAL : METHODOLOGICAL;
	}

	/** Kinds that go to the pedagogical council as a recommendation. */
	public boolean isRecommendation() {
		return this == RECOMMEND_PROGRAMME || this == RECOMMEND_TEACHER;
	}

	/** Kinds that name a teacher. */
	public boolean concernsTeacher() {
		return this == RECOMMEND_TEACHER;
	}

	/** Kinds that name a document. */
	public boolean concernsDocument() {
		return this == DOCUMENT_EXPERTISE || this == RECOMMEND_PROGRAMME || this == APPROVE_WORK_PLAN
				|| this == CONSIDER_REGULATION || this == APPROVE_PROGRAMME;
	}
}
