package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.Signature.Signatory;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.Versions;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.Meeting;
import kg.usulduk.school.meetings.ProtocolEntry;
import kg.usulduk.school.papers.DocumentLifecycle;
import kg.usulduk.school.SchoolTime;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and their protocols: the head (or the deputy, or the director) schedules, moves, cancels and holds a
 * session and drafts its protocol; the head and the secretary sign it.
 */
@Service
@Transactional
public class SessionManagement {

	private final Associations associations;
	private final Sessions sessions;
	private final Protocols protocols;
	private final AssociationAccess access;
	private final kg.usulduk.school.papers.PaperFreezer freezer;
	private final SchoolTime schoolTime;

	SessionManagement(Associations associations, Sessions sessions, Protocols protocols, AssociationAccess access,
			kg.usulduk.school.papers.PaperFreezer freezer, SchoolTime schoolTime) {
		this.freezer = freezer;
		this.associations = associations;
		this.sessions = sessions;
		this.protocols = protocols;
		this.access = access;
		this.schoolTime = schoolTime;
	}

	public Session schedule(SchoolUser actor, AssociationId id, LocalDate date, LocalTime time, String place,
			List<AgendaItem> agenda) {
		Association association = ownAssociation(actor, id);
		access.requireLeader(actor, association);
		return sessions.save(Session.schedule(association, date, time, place, agenda, today(actor)));
	}

	public Session reschedule(SchoolUser actor, SessionId id, Integer shownVersion, LocalDate date, LocalTime time,
			String place, String reason) {
		Session session = ownSession(actor, id, shownVersion);
		access.requireLeader(actor, associationOf(session));
		session.reschedule(date, time, place, reason, today(actor));
		return sessions.save(session);
	}

	public Session changeAgenda(SchoolUser actor, SessionId id, Integer shownVersion, List<AgendaItem> agenda) {
		Session session = ownSession(actor, id, shownVersion);
		access.requireLeader(actor, associationOf(session));
		session.changeAgenda(agenda);
		return sessions.save(session);
	}

	public Session cancel(SchoolUser actor, SessionId id, Integer shownVersion, String reason) {
		Session session = ownSession(actor, id, shownVersion);
		access.requireLeader(actor, associationOf(session));
		session.cancel(reason);
		return sessions.save(session);
	}

	/** The session took place with these members present; its protocol's draft is opened at once. */
	public Session hold(SchoolUser actor, SessionId id, Integer shownVersion, Set<StaffId> present) {
		return hold(actor, id, shownVersion, present, java.util.Map.of());
	}

	/**
	 * The session took place with these members present and the reasons given for those absent; its protocol's
	 * draft is opened at once.
	 */
	public Session hold(SchoolUser actor, SessionId id, Integer shownVersion, Set<StaffId> present,
			java.util.Map<StaffId, String> absenceReasons) {
		Session session = ownSession(actor, id, shownVersion);
		Association association = associationOf(session);
		access.requireLeader(actor, association);
		session.hold(association, present, absenceReasons, today(actor));
		Session held = sessions.save(session);
		protocols.save(Protocol.draft(held, association));
		return held;
	}

	public Protocol writeProtocol(SchoolUser actor, ProtocolId id, Integer shownVersion, List<ProtocolEntry> entries) {
		Protocol protocol = ownProtocol(actor, id, shownVersion);
		access.requireLeader(actor, associationOf(protocol));
		protocol.write(entries);
		return protocols.save(protocol);
	}

	/**
	 * The actor signs in the capacity they hold: as head if they head the association, else as its secretary.
	 * Nobody else signs, not even the director: the protocol is the association's own record.
	 */
	public Protocol sign(SchoolUser actor, ProtocolId id, Integer shownVersion) {
		Protocol protocol = ownProtocol(actor, id, shownVersion);
		Association association = associationOf(protocol);
		if (protocol.isSigned()) {
			throw RuleViolation.of("association.protocol.signed");
		}
		Signatory signatory = signatoryOf(actor, association, protocol)
				.orElseThrow(() -> new AccessDeniedException("Only the head and the secretary sign a protocol"));
		protocol.sign(signatory, actor.staffId(), schoolTime.instant(), schoolTime.zone(actor.schoolId()));
		freezeIfSigned(protocol);
		return protocols.save(protocol);
	}

	/**
	 * The moment the last signature makes the protocol final, what it shows is frozen with it: the school, who
	 * was present and absent, the signers as the directory names them now.
	 */
	void freezeIfSigned(Protocol protocol) {
		if (!protocol.isSigned() || protocol.frozen() != null) {
			return;
		}
		Session session = sessions.findById(protocol.sessionId()).orElseThrow();
		protocol.freeze(freezer.freeze(protocol.schoolId(), session.associationName(), session, List.of(),
				protocol.signaturesToFreeze(), protocol.finalAt()));
	}

	/** Writes the draft and signs it in one act: if the signature is refused, the draft is left as it was. */
	public Protocol writeAndSign(SchoolUser actor, ProtocolId id, Integer shownVersion, List<ProtocolEntry> entries) {
		Protocol written = writeProtocol(actor, id, shownVersion, entries);
		return sign(actor, id, written.version());
	}

	/** The session's number in its association's school year, counting the sessions not cancelled, by date. */
	@Transactional(readOnly = true)
	public int numberInYear(Session session) {
		SchoolYear year = SchoolYear.of(session.date());
		return Meeting.numberOf(session, sessions.findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(
				session.associationId(), year.start(), year.end()), Session::getId);
	}

	/** A signed protocol is corrected by a new draft that names it. */
	public Protocol correct(SchoolUser actor, ProtocolId id) {
		Protocol protocol = ownProtocol(actor, id, null);
		Association association = associationOf(protocol);
		access.requireLeader(actor, association);
		boolean corrected = protocols.findBySessionId(protocol.sessionId()).stream().anyMatch(p -> id.equals(p.corrects()));
		return protocols.save(protocol.correction(association, corrected));
	}

	/**
	 * The capacity in which this person would sign next: head first; a head who is also the secretary signs as
	 * secretary once they have signed as head.
	 */
	public Optional<Signatory> signatoryOf(SchoolUser actor, Association association, Protocol protocol) {
		if (!actor.schoolId().equals(association.schoolId()) || protocol.isSigned()) {
			return Optional.empty();
		}
		if (association.isHead(actor.staffId()) && !protocol.hasSigned(Signatory.HEAD)) {
			return Optional.of(Signatory.HEAD);
		}
		if (protocol.secretarySigns() && association.secretary().filter(actor.staffId()::equals).isPresent()
				&& !protocol.hasSigned(Signatory.SECRETARY)) {
			return Optional.of(Signatory.SECRETARY);
		}
		if (association.isHead(actor.staffId())) {
			return Optional.of(Signatory.HEAD); // refused by the protocol as signed twice
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	public Session findSession(SchoolUser actor, SessionId id) {
		Session session = sessions.findById(id).orElseThrow(() -> new NotFound("session", id));
		Association association = associationOf(session);
		try {
			access.requirePapersReader(actor, association);
		}
		catch (NotFound e) {
			throw new NotFound("session", id);
		}
		return session;
	}

	/** A protocol, for whoever reads its session's papers; not found for anyone else. */
	@Transactional(readOnly = true)
	public Protocol findProtocol(SchoolUser actor, ProtocolId id) {
		Protocol protocol = protocols.findById(id).orElseThrow(() -> new NotFound("protocol", id));
		try {
			findSession(actor, protocol.sessionId());
		}
		catch (NotFound e) {
			throw new NotFound("protocol", id);
		}
		return protocol;
	}

	/** The session's protocols, the first first, each correction after the one it corrects. */
	@Transactional(readOnly = true)
	public List<Protocol> protocolsOf(SchoolUser actor, SessionId id) {
		findSession(actor, id);
		return DocumentLifecycle.inCorrectionOrder(protocols.findBySessionId(id), Protocol::getId, Protocol::corrects);
	}

	private Association ownAssociation(SchoolUser actor, AssociationId id) {
		return associations.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("association", id));
	}

	private Association associationOf(Session session) {
		return associations.findById(session.associationId()).orElseThrow();
	}

	private Association associationOf(Protocol protocol) {
		return associations.findById(protocol.associationId()).orElseThrow();
	}

	private Session ownSession(SchoolUser actor, SessionId id, Integer shownVersion) {
		Session session = sessions.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("session", id));
		Versions.expect(shownVersion, session.version(), id);
		return session;
	}

	private Protocol ownProtocol(SchoolUser actor, ProtocolId id, Integer shownVersion) {
		Protocol protocol = protocols.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("protocol", id));
		Versions.expect(shownVersion, protocol.version(), id);
		return protocol;
	}


	private LocalDate today(SchoolUser actor) {
		return schoolTime.today(actor.schoolId());
	}
}
