package kg.usulduk.association.internal.documents;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.DemoAssociationsCreated;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.Associations;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.association.internal.Protocols;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.association.internal.Sessions;
import kg.usulduk.association.internal.documents.ExamMaterials.Exam;
import kg.usulduk.association.internal.documents.ExamMaterials.Form;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.papers.PaperFreezer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo's members' documents (001 §3.4–3.5) in the mathematics association: a physics teacher's individual work
 * plan approved at its latest signed session, and the mathematics teacher's oral exam materials for the 9th class,
 * submitted and put on its next session.
 */
@Component
class DemoMemberDocuments {

	private static final Logger log = LoggerFactory.getLogger(DemoMemberDocuments.class);

	private final MemberDocuments documents;
	private final Associations associations;
	private final Sessions sessions;
	private final Protocols protocols;
	private final SessionManagement sessionManagement;
	private final StaffDirectory staff;
	private final PaperFreezer freezer;

	DemoMemberDocuments(MemberDocuments documents, Associations associations, Sessions sessions, Protocols protocols,
			SessionManagement sessionManagement, StaffDirectory staff, PaperFreezer freezer) {
		this.documents = documents;
		this.associations = associations;
		this.sessions = sessions;
		this.protocols = protocols;
		this.sessionManagement = sessionManagement;
		this.staff = staff;
		this.freezer = freezer;
	}

	@ApplicationModuleListener
	void on(DemoAssociationsCreated event) {
		if (documents.existsBySchoolId(event.school())) {
			return; // a republished event must not double the demo
		}
		Optional<Association> found = associations.findBySchoolIdOrderByName(event.school()).stream()
				.filter(a -> a.name().startsWith("Табигый-математикалык")).findFirst();
		Optional<StaffId> physicist = person(event, "Осмонов Бакыт");
		Optional<StaffId> mathematician = person(event, "Жумабаев Нурлан");
		if (found.isEmpty() || physicist.isEmpty() || mathematician.isEmpty()) {
			return;
		}
		Association math = found.get();
		SchoolYear year = event.year();
		List<Session> all = sessions.findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(math.getId(),
				year.previous().start(), year.end());
		Optional<Session> lastSigned = all.stream().filter(Session::isHeld).filter(this::signed)
				.reduce((a, b) -> b);
		lastSigned.ifPresent(session -> approvedPlan(math, physicist.get(), session));
		all.stream().filter(s -> s.status() == kg.usulduk.school.meetings.MeetingStatus.SCHEDULED).findFirst()
				.ifPresent(session -> submittedExamMaterials(math, mathematician.get(), session, year));
		log.info("Added the demo members' documents");
	}

	private void approvedPlan(Association math, StaffId author, Session session) {
		MemberDocument plan = MemberDocument.draftPlan(math, author, SchoolYear.of(session.date()),
				"Жекече иш планы: физика", List.of(
						new PlanItem(PlanSection.PROFESSIONAL_GROWTH, "Физиканы санариптик лабораторияда окутуу курсу", "январь"),
						new PlanItem(PlanSection.PROFESSIONAL_GROWTH, "Өз алдынча билим алуу темасы боюнча адабият", "жыл бою"),
						new PlanItem(PlanSection.ASSOCIATION_WORK, "УБнин отурумдарына жана практикалык семинарга катышуу", "жыл бою"),
						new PlanItem(PlanSection.SELF_ANALYSIS, "Чейректик сабактардын өзүн-өзү талдоосу", "ар чейрек"),
						new PlanItem(PlanSection.MATERIALS, "8-класс үчүн лабораториялык иштердин топтому", "март"),
						new PlanItem(PlanSection.SHARING_EXPERIENCE, "Ачык сабак: «Архимед күчү», 7-класс", "февраль"),
						new PlanItem(PlanSection.YOUNG_TEACHERS, "Жаш мугалимдин сабагына катышуу жана талдоо", "ар ай"),
						new PlanItem(PlanSection.CONFERENCES, "Окуучулардын илимий-практикалык конференциясына даярдоо", "апрель")));
		plan.submit(author);
		// Written before that session, when its protocol was not yet signed; the demo records it after the fact.
		plan.putOnSession(session, false);
		Protocol protocol = protocols.findBySessionId(session.getId()).stream().filter(Protocol::isSigned).findFirst()
				.orElseThrow();
		plan.approve(session.getId(), sessionManagement.numberInYear(session), session.date(), protocol.signedOn(),
				freezer.freeze(math.schoolId(), math.name(), List.of(), List.of(), List.of(author),
						protocol.signaturesToFreeze(), protocol.finalAt()));
		documents.save(plan);
	}

	private void submittedExamMaterials(Association math, StaffId author, Session session, SchoolYear year) {
		MemberDocument exam = MemberDocument.draftExamMaterials(math, author, year,
				"9-класстын геометриядан оозеки экзамен билеттери",
				new ExamMaterials(Exam.FINAL, "Геометрия", 9, Form.ORAL, """
						25 билет, ар биринде үч суроо: теориялык суроо, теореманын далилдөөсү жана маселе.
						1-билет: 1) Үч бурчтуктун түрлөрү. 2) Пифагордун теоремасы. 3) Тик бурчтуктун аянтын табуу.
						2-билет: 1) Параллелограммдын касиеттери. 2) Үч бурчтуктун ички бурчтарынын суммасы. 3) Айлананын узундугу."""));
		exam.submit(author);
		exam.putOnSession(session, false);
		documents.save(exam);
	}

	private boolean signed(Session session) {
		return protocols.findBySessionId(session.getId()).stream().anyMatch(Protocol::isSigned);
	}

	private Optional<StaffId> person(DemoAssociationsCreated event, String name) {
		return staff.activeStaff(event.school()).stream().filter(card -> card.fullName().startsWith(name))
				.map(StaffCard::id).findFirst();
	}
}
