package kg.usulduk.council;

/** The kinds of decision the regulations give the council (000 §2.2–2.3, 003 §2.3, §5.1, §5.5). */
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
	REPORT_TO_PEDAGOGICAL_COUNCIL;

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
		return this == DOCUMENT_EXPERTISE || this == RECOMMEND_PROGRAMME || this == APPROVE_WORK_PLAN;
	}
}
