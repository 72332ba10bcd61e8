package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.council.CouncilBody;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilTaskId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.council.internal.CouncilSignature.Signatory;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.Versions;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.papers.DocumentLifecycle;
import kg.usulduk.school.SchoolTime;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every act on the council: forming it, its members, sessions, secretary, protocols and tasks. */
@Service
@Transactional
public class CouncilManagement {

	private final Councils councils;
	private final CouncilSessions sessions;
	private final SessionLines lines;
	private final CouncilProtocols protocols;
	private final CouncilTasks tasks;
	private final ProposedQuestions proposed;
	private final AssociationDirectory associations;
	private final StaffDirectory staff;
	private final SchoolDirectory schools;
	private final CouncilAccess access;
	private final kg.usulduk.school.papers.PaperFreezer freezer;
	private final SchoolTime schoolTime;

	CouncilManagement(Councils councils, CouncilSessions sessions, SessionLines lines, CouncilProtocols protocols, CouncilTasks tasks,
			ProposedQuestions proposed, AssociationDirectory associations, StaffDirectory staff, SchoolDirectory schools, CouncilAccess access,
			kg.usulduk.school.papers.PaperFreezer freezer, SchoolTime schoolTime) {
		this.freezer = freezer;
		this.councils = councils;
		this.sessions = sessions;
		this.lines = lines;
		this.protocols = protocols;
		this.tasks = tasks;
		this.proposed = proposed;
		this.associations = associations;
		this.staff = staff;
		this.schools = schools;
		this.access = access;
		this.schoolTime = schoolTime;
	}

	/**
	 * Forms the council of a school year: the chair (003 §4.1), the director and the actor as management, and the
	 * heads of the open associations as the association context knows them (003 §3.1).
	 */
	public Council form(SchoolUser actor, SchoolYear year, StaffId chair) {
		access.requireFormer(actor);
		if (councils.findBySchoolIdAndSchoolYear(actor.schoolId(), year.startYear()).isPresent()) {
			throw RuleViolation.of("council.already", year.toString());
		}
		StaffId chosen = chair == null ? actor.staffId() : chair;
		requireActiveStaff(actor, chosen, "chair");
		requireDeputyChair(actor, chosen);
		List<Council.Head> heads = associations.openAssociations(actor.schoolId()).stream()
				.filter(a -> a.head() != null).map(a -> new Council.Head(a.head(), a.id(), a.kind().isGroup())).toList();
		return councils.save(Council.form(actor.schoolId(), year, chosen, Set.of(actor.staffId()), heads, today(actor.schoolId())));
	}

	/**
	 * Forms the school's pedagogical council of a school year: chaired by the director, with every pedagogue of the
	 * school as a member (the practice the README states; the seeds name only the body).
	 */
	public Council formPedagogical(SchoolUser actor, SchoolYear year, StaffId chair) {
		access.requireFormer(actor, CouncilBody.PEDAGOGICAL);
		if (councils.findBySchoolIdAndSchoolYearAndBody(actor.schoolId(), year.startYear(), CouncilBody.PEDAGOGICAL)
				.isPresent()) {
			throw RuleViolation.of("council.pedagogical.already", year.toString());
		}
		StaffId chosen = chair == null ? actor.staffId() : chair;
		requireActiveStaff(actor, chosen, "chair");
		requireDirectorChair(actor, chosen);
		return councils.save(Council.formPedagogical(actor.schoolId(), year, chosen, pedagogues(actor.schoolId()),
				today(actor.schoolId())));
	}

	/**
	 * The school's pedagogical staff: everyone who has not left and teaches, and the director and deputies, who lead
	 * the teaching.
	 */
	@Transactional(readOnly = true)
	public Set<StaffId> pedagogues(kg.usulduk.school.SchoolId school) {
		Set<StaffId> pedagogues = new java.util.LinkedHashSet<>();
		for (StaffCard card : staff.activeStaff(school)) {
			if (card.teachingSince() != null || staff.hasRole(school, card.id(), kg.usulduk.school.Role.DIRECTOR)
					|| staff.hasRole(school, card.id(), kg.usulduk.school.Role.DEPUTY)) {
				pedagogues.add(card.id());
			}
		}
		return pedagogues;
	}

	/**
	 * 003 §4.1: another deputy chairs the methodological council from today, for a reason kept in the council's
	 * history; the pedagogical council is chaired by a director.
	 */
	public Council replaceChair(SchoolUser actor, CouncilId id, Integer shownVersion, StaffId newChair, String reason) {
		Council council = own(actor, id, shownVersion);
		access.requireManager(actor, council);
		if (newChair != null) {
			requireActiveStaff(actor, newChair, "chair");
			if (council.isPedagogical()) {
				requireDirectorChair(actor, newChair);
			}
			else {
				requireDeputyChair(actor, newChair);
			}
		}
		council.replaceChair(newChair, reason, today(actor.schoolId()));
		return councils.save(council);
	}

	public Council seat(SchoolUser actor, CouncilId id, Integer shownVersion, StaffId person, MemberRole role) {
		Council council = own(actor, id, shownVersion);
		access.requireManager(actor, council);
		requireActiveStaff(actor, person, "staff");
		council.seat(person, role, today(actor.schoolId()));
		return councils.save(council);
	}

	public Council unseat(SchoolUser actor, CouncilId id, Integer shownVersion, StaffId person) {
		Council council = own(actor, id, shownVersion);
		access.requireManager(actor, council);
		council.unseat(person, today(actor.schoolId()));
		return councils.save(council);
	}

	public CouncilSession schedule(SchoolUser actor, CouncilId id, LocalDate date, LocalTime time, String place,
			List<AgendaItem> agenda, boolean yearEnd) {
		Council council = own(actor, id, null);
		access.requireManager(actor, council);
		return sessions.save(CouncilSession.schedule(council, date, time, place, agenda, yearEnd, today(actor.schoolId())));
	}

	public CouncilSession reschedule(SchoolUser actor, CouncilSessionId id, Integer shownVersion, LocalDate date,
			LocalTime time, String place, String reason) {
		CouncilSession session = ownSession(actor, id, shownVersion);
		Council council = councilOf(session);
		access.requireManager(actor, council);
		session.reschedule(council.year(), date, time, place, reason, today(actor.schoolId()));
		return sessions.save(session);
	}

	public CouncilSession cancel(SchoolUser actor, CouncilSessionId id, Integer shownVersion, String reason) {
		CouncilSession session = ownSession(actor, id, shownVersion);
		access.requireManager(actor, councilOf(session));
		session.cancel(reason);
		return sessions.save(session);
	}

	/** The session took place; its protocol's draft opens at once (003 §5.3). */
	public CouncilSession hold(SchoolUser actor, CouncilSessionId id, Integer shownVersion, Set<StaffId> present) {
		return hold(actor, id, shownVersion, present, java.util.Map.of());
	}

	/** The session took place, with the reasons given for those absent; its protocol's draft opens at once. */
	public CouncilSession hold(SchoolUser actor, CouncilSessionId id, Integer shownVersion, Set<StaffId> present,
			java.util.Map<StaffId, String> absenceReasons) {
		CouncilSession session = ownSession(actor, id, shownVersion);
		Council council = councilOf(session);
		access.requireManager(actor, council);
		session.hold(council, present, absenceReasons, today(actor.schoolId()));
		CouncilSession held = sessions.save(session);
		protocols.save(CouncilProtocol.draft(held));
		return held;
	}

	/** 003 §5.4: the members elect the secretary at the first session of the year. */
	public Council electSecretary(SchoolUser actor, CouncilSessionId sessionId, StaffId secretary) {
		CouncilSession session = ownSession(actor, sessionId, null);
		Council council = councilOf(session);
		access.requireManager(actor, council);
		council.electSecretary(secretary, session, isFirstSession(session));
		return councils.save(council);
	}

	/** Whether no session of the council was held before this one: the year's first session. */
	@Transactional(readOnly = true)
	public boolean isFirstSession(CouncilSession session) {
		return lines.findLines(session.councilId().value()).stream().filter(SessionLine::isHeld).findFirst()
				.map(first -> first.getId().equals(session.getId())).orElse(false);
	}

	public CouncilProtocol writeProtocol(SchoolUser actor, CouncilProtocolId id, Integer shownVersion,
			List<CouncilProtocolEntry> entries) {
		CouncilProtocol protocol = ownProtocol(actor, id, shownVersion);
		Council council = councils.findById(protocol.councilId()).orElseThrow();
		access.requireProtocolKeeper(actor, council);
		requireStaffOf(actor, entries);
		requireKindsOf(council, entries);
		protocol.write(entries, quorumOf(council));
		return protocols.save(protocol);
	}

	/** The chair signs as chair, the secretary as secretary (003 §5.3); a fully signed protocol sets its tasks. */
	public CouncilProtocol sign(SchoolUser actor, CouncilProtocolId id, Integer shownVersion) {
		CouncilProtocol protocol = ownProtocol(actor, id, shownVersion);
		Council council = councils.findById(protocol.councilId()).orElseThrow();
		if (protocol.isSigned()) {
			throw RuleViolation.of("council.protocol.signed");
		}
		Signatory signatory = signatoryOf(actor, council, protocol)
				.orElseThrow(() -> new AccessDeniedException("Only the chair and the secretary sign the protocol"));
		protocol.sign(signatory, actor.staffId(), council.secretary().isPresent(), schoolTime.instant(),
				schoolTime.zone(actor.schoolId()));
		freezeIfSigned(protocol);
		CouncilProtocol saved = protocols.save(protocol);
		tasks.saveAll(CouncilTask.setBy(saved));
		return saved;
	}

	/**
	 * The moment the last signature makes the protocol final, what it shows is frozen with it: the school, who
	 * was present and absent, the signers as the directory names them now.
	 */
	void freezeIfSigned(CouncilProtocol protocol) {
		if (!protocol.isSigned() || protocol.frozen() != null) {
			return;
		}
		CouncilSession session = sessions.findById(protocol.sessionId()).orElseThrow();
		List<StaffId> named = protocol.entries().stream()
				.flatMap(entry -> java.util.stream.Stream.of(entry.responsible(), entry.teacher()))
				.filter(java.util.Objects::nonNull).toList();
		protocol.freeze(freezer.freeze(protocol.schoolId(), "", session, named, protocol.signaturesToFreeze(),
				protocol.finalAt()));
	}

	/**
	 * The council's sessions as its page lists them and its rules count them, by date and time, each with whether its
	 * protocol is signed (003 §5.3): one statement, however many sessions.
	 */
	@Transactional(readOnly = true)
	public List<SessionLine> linesOf(Council council) {
		return lines.findLines(council.getId().value());
	}

	/** 003 §5.1: whether the council's first held session approved its plan of sessions in a signed protocol. */
	@Transactional(readOnly = true)
	public boolean sessionPlanApprovedAtFirstSession(Council council) {
		return linesOf(council).stream().filter(SessionLine::isHeld).findFirst()
				.map(SessionLine::approvesSessionPlan).orElse(false);
	}

	/** The session's number in its council's year, counting the sessions not cancelled, by date. */
	@Transactional(readOnly = true)
	public int numberOf(CouncilSession session, Council council) {
		return SessionLine.numberOf(session.getId(), linesOf(council));
	}

	/** Writes the draft and signs it in one act: a refused signature leaves the draft as it was. */
	public CouncilProtocol writeAndSign(SchoolUser actor, CouncilProtocolId id, Integer shownVersion,
			List<CouncilProtocolEntry> entries) {
		CouncilProtocol written = writeProtocol(actor, id, shownVersion, entries);
		return sign(actor, id, written.version());
	}

	public CouncilProtocol correct(SchoolUser actor, CouncilProtocolId id) {
		CouncilProtocol protocol = ownProtocol(actor, id, null);
		access.requireProtocolKeeper(actor, councils.findById(protocol.councilId()).orElseThrow());
		boolean corrected = protocols.findBySessionId(protocol.sessionId()).stream().anyMatch(p -> id.equals(p.corrects()));
		return protocols.save(protocol.correction(corrected));
	}

	/** The capacity in which this person signs next, if any: the chair as chair, the secretary as secretary. */
	public Optional<Signatory> signatoryOf(SchoolUser actor, Council council, CouncilProtocol protocol) {
		if (!actor.schoolId().equals(council.schoolId()) || protocol.isSigned()) {
			return Optional.empty();
		}
		if (council.isChair(actor.staffId()) && !protocol.hasSigned(Signatory.CHAIR)) {
			return Optional.of(Signatory.CHAIR);
		}
		if (council.isSecretary(actor.staffId()) && !protocol.hasSigned(Signatory.SECRETARY)) {
			return Optional.of(Signatory.SECRETARY);
		}
		if (council.isChair(actor.staffId())) {
			return Optional.of(Signatory.CHAIR); // refused by the protocol as signed twice
		}
		return Optional.empty();
	}

	/**
	 * The chair, the director or the secretary puts a question the methodological council proposed on the agenda of
	 * a session of the pedagogical council still to be held (000 §2.3, 003 §5.5).
	 */
	public CouncilSession putOnAgenda(SchoolUser actor, kg.usulduk.council.ProposedQuestionId id, Integer shownVersion,
			CouncilSessionId sessionId) {
		ProposedQuestion question = proposed.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("question", id));
		Versions.expect(shownVersion, question.version(), id);
		CouncilSession session = sessionId == null ? nextPedagogicalSession(actor, question)
				: sessions.findByIdAndSchoolId(sessionId, actor.schoolId())
						.orElseThrow(() -> RuleViolation.onField("session", "council.proposal.notThisCouncil"));
		Council council = councilOf(session);
		access.requireProtocolKeeper(actor, council);
		question.putOn(session, council);
		proposed.save(question);
		return sessions.save(session);
	}

	/** Without a session chosen, the next one of the question's pedagogical council still to be held. */
	private CouncilSession nextPedagogicalSession(SchoolUser actor, ProposedQuestion question) {
		return councils.findBySchoolIdAndSchoolYearAndBody(actor.schoolId(), question.year().startYear(),
				CouncilBody.PEDAGOGICAL).stream().flatMap(council -> sessionsOf(council).stream())
				.filter(s -> s.status() == kg.usulduk.school.meetings.MeetingStatus.SCHEDULED && !s.date().isBefore(today(actor.schoolId()))).findFirst()
				.orElseThrow(() -> RuleViolation.onField("session", "council.proposal.notThisCouncil"));
	}

	/** The questions proposed for the pedagogical council of this year, the newest first. */
	@Transactional(readOnly = true)
	public List<ProposedQuestion> proposedFor(Council council) {
		return proposed.findTop200BySchoolIdAndSchoolYearOrderByProposedOnDesc(council.schoolId(),
				council.year().startYear());
	}

	/** A note on how a task goes; the responsible person may note it too. */
	public CouncilTask followUp(SchoolUser actor, CouncilTaskId id, Integer shownVersion, String note, boolean done) {
		CouncilTask task = tasks.findByIdAndSchoolId(id, actor.schoolId()).orElseThrow(() -> new NotFound("task", id));
		Versions.expect(shownVersion, task.version(), id);
		Council council = councils.findById(task.councilId()).orElseThrow();
		if (!task.responsible().equals(actor.staffId())) {
			access.requireProtocolKeeper(actor, council);
		}
		if (done) {
			task.markDone(today(actor.schoolId()), note);
		}
		else {
			task.followUp(today(actor.schoolId()), null, note);
		}
		return tasks.save(task);
	}

	@Transactional(readOnly = true)
	public Optional<Council> ofYear(SchoolUser actor, kg.usulduk.school.SchoolId school, SchoolYear year) {
		return ofYear(actor, school, year, CouncilBody.METHODOLOGICAL);
	}

	@Transactional(readOnly = true)
	public Optional<Council> ofYear(SchoolUser actor, kg.usulduk.school.SchoolId school, SchoolYear year,
			CouncilBody body) {
		access.readableSchool(actor, school);
		return councils.findWholeOfYear(school.value(), year.startYear(), body.name());
	}

	@Transactional(readOnly = true)
	public Council find(SchoolUser actor, CouncilId id) {
		Council council = councils.findWhole(id.value()).orElseThrow(() -> new NotFound("council", id));
		try {
			access.readableSchool(actor, council.schoolId());
		}
		catch (NotFound e) {
			throw new NotFound("council", id);
		}
		return council;
	}

	@Transactional(readOnly = true)
	public CouncilSession findSession(SchoolUser actor, CouncilSessionId id) {
		CouncilSession session = sessions.findWhole(id.value()).orElseThrow(() -> new NotFound("session", id));
		Council council = councils.findWhole(session.councilId().value()).orElseThrow();
		try {
			access.requirePapersReader(actor, council);
		}
		catch (NotFound e) {
			throw new NotFound("session", id);
		}
		return session;
	}

	@Transactional(readOnly = true)
	public List<CouncilProtocol> protocolsOf(SchoolUser actor, CouncilSessionId id) {
		findSession(actor, id);
		return DocumentLifecycle.inCorrectionOrder(protocols.findWholeOfSession(id.value()), CouncilProtocol::getId,
				CouncilProtocol::corrects);
	}

	/**
	 * The protocol's session's protocols in correction order (the protocol among them), if the actor reads that
	 * session's papers; else not found. One statement for the protocols, where asking for the session first would take
	 * another.
	 */
	@Transactional(readOnly = true)
	public List<CouncilProtocol> protocolsBeside(SchoolUser actor, CouncilProtocolId id) {
		List<CouncilProtocol> found = protocols.findWholeBeside(id.value());
		if (found.isEmpty()) {
			throw new NotFound("protocol", id);
		}
		findSession(actor, found.get(0).sessionId());
		return DocumentLifecycle.inCorrectionOrder(found, CouncilProtocol::getId, CouncilProtocol::corrects);
	}

	@Transactional(readOnly = true)
	public List<CouncilSession> sessionsOf(Council council) {
		return sessions.findByCouncilIdOrderByDateAscTimeAsc(council.getId());
	}

	@Transactional(readOnly = true)
	public List<CouncilTask> tasksOf(Council council) {
		return tasks.findByCouncilIdOrderByDueOnAsc(council.getId());
	}

	public Quorum quorumOf(Council council) {
		kg.usulduk.school.SchoolSettings settings = schools.find(council.schoolId()).map(SchoolProfile::settings)
				.orElse(kg.usulduk.school.SchoolSettings.DEFAULTS);
		return new Quorum(settings.councilQuorumPercent(), settings.councilMajority());
	}

	/**
	 * 003 §4.1, 002 §4.3: the council is chaired by a deputy director; where the school gave the chair to one
	 * deputy (its settings), by that deputy.
	 */
	private void requireDeputyChair(SchoolUser actor, StaffId chair) {
		if (!staff.hasRole(actor.schoolId(), chair, kg.usulduk.school.Role.DEPUTY)) {
			throw RuleViolation.onField("chair", "council.chair.notADeputy");
		}
		boolean assigned = schools.find(actor.schoolId())
				.map(school -> school.assignedTo(chair, kg.usulduk.school.DeputyDuty.CHAIRS_COUNCIL)).orElse(true);
		if (!assigned) {
			throw RuleViolation.onField("chair", "council.chair.notAssigned");
		}
	}

	/** The pedagogical council is chaired by a director of the school (the practice the README states). */
	private void requireDirectorChair(SchoolUser actor, StaffId chair) {
		if (!staff.hasRole(actor.schoolId(), chair, kg.usulduk.school.Role.DIRECTOR)) {
			throw RuleViolation.onField("chair", "council.pedagogical.chairNotDirector");
		}
	}

	/** Each body decides only what is its to decide: the pedagogical council recommends nothing to itself. */
	private static void requireKindsOf(Council council, List<CouncilProtocolEntry> entries) {
		if (entries == null) {
			return;
		}
		for (CouncilProtocolEntry entry : entries) {
			if (!DecisionKind.of(council.body()).contains(entry.kind())) {
				throw RuleViolation.of("council.protocol.kindNotOfBody");
			}
		}
	}

	private void requireStaffOf(SchoolUser actor, List<CouncilProtocolEntry> entries) {
		if (entries == null) {
			return;
		}
		for (CouncilProtocolEntry entry : entries) {
			for (StaffId person : java.util.Arrays.asList(entry.teacher(), entry.responsible())) {
				if (person != null && staff.find(actor.schoolId(), person).isEmpty()) {
					throw RuleViolation.of("council.staff.unknown");
				}
			}
		}
	}

	private void requireActiveStaff(SchoolUser actor, StaffId person, String field) {
		if (person == null) {
			throw RuleViolation.onField(field, "validation.required");
		}
		StaffCard card = staff.find(actor.schoolId(), person)
				.orElseThrow(() -> RuleViolation.onField(field, "council.staff.unknown"));
		if (!card.active()) {
			throw RuleViolation.onField(field, "council.staff.left");
		}
	}

	private Council own(SchoolUser actor, CouncilId id, Integer shownVersion) {
		Council council = councils.findByIdAndSchoolId(id, actor.schoolId()).orElseThrow(() -> new NotFound("council", id));
		Versions.expect(shownVersion, council.version(), id);
		return council;
	}

	private CouncilSession ownSession(SchoolUser actor, CouncilSessionId id, Integer shownVersion) {
		CouncilSession session = sessions.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("session", id));
		Versions.expect(shownVersion, session.version(), id);
		return session;
	}

	private CouncilProtocol ownProtocol(SchoolUser actor, CouncilProtocolId id, Integer shownVersion) {
		CouncilProtocol protocol = protocols.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("protocol", id));
		Versions.expect(shownVersion, protocol.version(), id);
		return protocol;
	}

	private Council councilOf(CouncilSession session) {
		return councils.findById(session.councilId()).orElseThrow();
	}


	private LocalDate today(kg.usulduk.school.SchoolId school) {
		return schoolTime.today(school);
	}
}
