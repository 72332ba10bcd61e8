package kg.usulduk.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import kg.usulduk.CouncilTestApplication;
import kg.usulduk.association.ActivityCancelled;
import kg.usulduk.association.ActivityHeld;
import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.ActivityRescheduled;
import kg.usulduk.association.ActivityScheduled;
import kg.usulduk.association.AssociationClosed;
import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.AssociationOpened;
import kg.usulduk.association.CreativeReportDelivered;
import kg.usulduk.association.HeadChanged;
import kg.usulduk.association.HeadChoice;
import kg.usulduk.association.MemberJoined;
import kg.usulduk.association.MemberLeft;
import kg.usulduk.association.ProtocolSigned;
import kg.usulduk.association.SessionCancelled;
import kg.usulduk.association.SessionHeld;
import kg.usulduk.association.SessionRescheduled;
import kg.usulduk.association.SessionScheduled;
import kg.usulduk.association.YearEndAnalysisCompleted;
import kg.usulduk.association.internal.Activity;
import kg.usulduk.association.internal.ActivityManagement;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.school.meetings.ProtocolEntry;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.EventType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The association context is useful to the rest of the school only through its events: the council counts heads
 * among its members, planning and mentoring react to sessions and activities. This test stands in for those
 * contexts with a listener in another module, built the way theirs will be (asynchronous, after commit, in its own
 * transaction, through the event publication registry), and drives an association through its whole life. It
 * proves that every event the association declares reaches such a listener with the content a listener needs, and
 * that the registry marks every publication completed, so none would be handed out again at the next start.
 * <p>
 * The test is not transactional on purpose: each act commits, as it does in the application, or no after-commit
 * listener would ever run.
 */
@ApplicationModuleTest(extraIncludes = "association")
@Import(AssociationEventsReachOtherContextsTests.Recorder.class)
class AssociationEventsReachOtherContextsTests {

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired SessionManagement sessions;
	@Autowired ActivityManagement activities;
	@Autowired kg.usulduk.association.internal.documents.MemberDocumentManagement documents;
	@Autowired Recorder recorder;
	@Autowired EventPublicationRegistry registry;
	@Autowired CompletedEventPublications completed;
	@Autowired Clock clock;

	@Test
	void everyAssociationEventReachesAListenerInAnotherModule() {
		LocalDate today = LocalDate.now(clock.withZone(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE));
		TestSchool school = testSchools.register();
		SchoolId schoolId = school.id();
		SchoolUser deputy = school.deputy();
		SchoolUser head = school.teacher();
		StaffId colleague = testSchools.addTeacher(schoolId, "Осмонов Бакыт", LocalDate.of(2011, 9, 1));
		StaffId newcomer = testSchools.addTeacher(schoolId, "Мамытова Чолпон", LocalDate.of(2024, 9, 1));

		// Opened, three members, a first head elected, then the deputy appoints another (004).
		AssociationId association = management.open(deputy, new AssociationManagement.Opening(
				"Математика мугалимдеринин УБ", AssociationKind.SUBJECT, List.of("Математика"),
				new OrderReference("45", today))).getId();
		management.admit(deputy, association, null, head.staffId());
		management.admit(deputy, association, null, colleague);
		management.admit(deputy, association, null, newcomer);
		management.electHead(deputy, association, null, colleague, new OrderReference("45/1", today));
		management.appointHead(deputy, association, null, head.staffId(), new OrderReference("45/2", today));

		// A session scheduled for next week, brought forward to today, held, its protocol written and signed.
		Session held = sessions.schedule(head, association, today.plusDays(5), LocalTime.of(14, 30), "21-кабинет",
				List.of(new AgendaItem("Ачык сабактардын графиги", null)));
		sessions.reschedule(head, held.getId(), null, today, LocalTime.of(15, 0), "21-кабинет", "Чейрек эрте бүтөт");
		// 001 §3.4: the head's individual work plan goes on that session, to be approved when its protocol is signed.
		var plan = documents.submit(head, documents.draftPlan(head, association, SchoolYear.of(today), "Жеке иш планы",
				List.of(new kg.usulduk.association.internal.documents.PlanItem(
						kg.usulduk.association.internal.documents.PlanSection.PROFESSIONAL_GROWTH, "Курстар", "январь")))
				.getId(), null);
		// Returned once with a reason, submitted again: the head and the author hear of each step.
		documents.returnToAuthor(head, plan.getId(), null, "Курстардын датасын жазыңыз");
		documents.submit(head, plan.getId(), null);
		documents.putOnSession(head, plan.getId(), null, held.getId());
		sessions.hold(head, held.getId(), null, Set.of(head.staffId(), colleague));
		Protocol draft = sessions.protocolsOf(head, held.getId()).get(0);
		Protocol signed = sessions.writeAndSign(head, draft.getId(), null, List.of(new ProtocolEntry(
				"Ачык сабактардын графиги", "Жумабаев Н. график сунуштады", "График бекитилсин", null)));

		// A second session, cancelled.
		Session cancelled = sessions.schedule(head, association, today.plusDays(10), LocalTime.of(14, 30), null,
				List.of(new AgendaItem("Олимпиаданын жыйынтыгы", null)));
		sessions.cancel(head, cancelled.getId(), null, "Олимпиада жылдырылды");

		// An open lesson and a creative report held today; an extracurricular event moved, then cancelled.
		Activity openLesson = activities.schedule(head, association, new Activity.Plan(ActivityKind.OPEN_LESSON,
				"Бөлчөктөр", head.staffId(), null, today, null, LocalTime.of(10, 0), "6А", null));
		activities.markHeld(head, openLesson.getId(), null, "Сабак жогорку деңгээлде өттү");
		Activity creativeReport = activities.schedule(head, association, new Activity.Plan(
				ActivityKind.CREATIVE_REPORT, "Долбоордук окутуу", colleague, null, today, null, LocalTime.of(13, 0),
				null, null));
		activities.markHeld(head, creativeReport.getId(), null, "Тажрыйба жалпыланды");
		Activity event = activities.schedule(head, association, new Activity.Plan(
				ActivityKind.EXTRACURRICULAR_EVENT, "Математикалык КВН", newcomer, null, today.plusDays(3), null,
				LocalTime.of(12, 0), "8Б", null));
		activities.reschedule(head, event.getId(), null, today.plusDays(4), null, LocalTime.of(12, 0), "Зал бош эмес");
		activities.cancel(head, event.getId(), null, "Класс экскурсияга кетет");

		// 001 §5.7: the deputy's analysis at the session held; a member leaves; the association closes.
		SchoolYear year = SchoolYear.of(today);
		management.completeYearEnd(deputy, association, null, year, held.getId(), "Жыл ийгиликтүү өттү", "Улантуу");
		management.release(deputy, association, null, newcomer);
		management.close(deputy, association, null, new kg.usulduk.association.internal.OrderReference("12", today));

		List<Class<?>> declared = publishedByAssociation();
		assertThat(declared).as("the events the association declares; a new one needs a listener and a step here")
				.hasSize(19);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(
				() -> assertThat(recorder.receivedTypes()).containsExactlyInAnyOrderElementsOf(declared));

		assertThat(recorder.received(AssociationOpened.class)).singleElement().satisfies(e -> {
			assertThat(e.school()).isEqualTo(schoolId);
			assertThat(e.association()).isEqualTo(association);
			assertThat(e.kind()).isEqualTo(AssociationKind.SUBJECT);
			assertThat(e.openedOn()).isEqualTo(today);
		});
		assertThat(recorder.received(MemberJoined.class)).allSatisfy(e -> {
			assertThat(e.school()).isEqualTo(schoolId);
			assertThat(e.association()).isEqualTo(association);
		}).extracting(MemberJoined::member).containsExactlyInAnyOrder(head.staffId(), colleague, newcomer);
		assertThat(recorder.received(HeadChanged.class)).allSatisfy(e -> {
			assertThat(e.school()).isEqualTo(schoolId);
			assertThat(e.associationName()).isEqualTo("Математика мугалимдеринин УБ");
		}).satisfiesExactlyInAnyOrder(first -> {
			assertThat(first.head()).isEqualTo(colleague);
			assertThat(first.previousHead()).isNull();
			assertThat(first.choice()).isEqualTo(HeadChoice.ELECTED);
		}, second -> {
			assertThat(second.head()).isEqualTo(head.staffId());
			assertThat(second.previousHead()).isEqualTo(colleague);
			assertThat(second.choice()).isEqualTo(HeadChoice.APPOINTED);
		});
		assertThat(recorder.received(SessionScheduled.class)).hasSize(2).anySatisfy(e -> {
			assertThat(e.session()).isEqualTo(held.getId());
			assertThat(e.date()).isEqualTo(today.plusDays(5));
			assertThat(e.agenda()).containsExactly("Ачык сабактардын графиги");
			assertThat(e.invited()).containsExactlyInAnyOrder(head.staffId(), colleague, newcomer);
		});
		assertThat(recorder.received(SessionRescheduled.class)).singleElement().satisfies(e -> {
			assertThat(e.session()).isEqualTo(held.getId());
			assertThat(e.previousDate()).isEqualTo(today.plusDays(5));
			assertThat(e.date()).isEqualTo(today);
			assertThat(e.reason()).isEqualTo("Чейрек эрте бүтөт");
		});
		assertThat(recorder.received(SessionHeld.class)).singleElement().satisfies(e -> {
			assertThat(e.association()).isEqualTo(association);
			assertThat(e.session()).isEqualTo(held.getId());
			assertThat(e.present()).containsExactlyInAnyOrder(head.staffId(), colleague);
		});
		assertThat(recorder.received(ProtocolSigned.class)).singleElement().satisfies(e -> {
			assertThat(e.school()).isEqualTo(schoolId);
			assertThat(e.protocol()).isEqualTo(signed.getId());
			assertThat(e.session()).isEqualTo(held.getId());
			assertThat(e.corrects()).isNull();
			assertThat(e.signedBy()).containsExactly(head.staffId());
		});
		assertThat(recorder.received(SessionCancelled.class)).singleElement().satisfies(e -> {
			assertThat(e.session()).isEqualTo(cancelled.getId());
			assertThat(e.reason()).isEqualTo("Олимпиада жылдырылды");
			assertThat(e.invited()).containsExactlyInAnyOrder(head.staffId(), colleague, newcomer);
		});
		assertThat(recorder.received(ActivityScheduled.class)).allSatisfy(e -> {
			assertThat(e.school()).isEqualTo(schoolId);
			assertThat(e.association()).isEqualTo(association);
		}).extracting(ActivityScheduled::kind).containsExactlyInAnyOrder(ActivityKind.OPEN_LESSON,
				ActivityKind.CREATIVE_REPORT, ActivityKind.EXTRACURRICULAR_EVENT);
		assertThat(recorder.received(ActivityRescheduled.class)).singleElement().satisfies(e -> {
			assertThat(e.activity()).isEqualTo(event.getId());
			assertThat(e.previousDate()).isEqualTo(today.plusDays(3));
			assertThat(e.date()).isEqualTo(today.plusDays(4));
			assertThat(e.responsible()).isEqualTo(newcomer);
		});
		assertThat(recorder.received(ActivityCancelled.class)).singleElement().satisfies(e -> {
			assertThat(e.activity()).isEqualTo(event.getId());
			assertThat(e.reason()).isEqualTo("Класс экскурсияга кетет");
		});
		assertThat(recorder.received(ActivityHeld.class)).extracting(ActivityHeld::activity)
				.containsExactlyInAnyOrder(openLesson.getId(), creativeReport.getId());
		assertThat(recorder.received(CreativeReportDelivered.class)).singleElement().satisfies(e -> {
			assertThat(e.activity()).isEqualTo(creativeReport.getId());
			assertThat(e.member()).isEqualTo(colleague);
			assertThat(e.title()).isEqualTo("Долбоордук окутуу");
			assertThat(e.on()).isEqualTo(today);
		});
		assertThat(recorder.received(kg.usulduk.association.MemberDocumentSubmitted.class)).hasSize(2)
				.allSatisfy(e -> assertThat(e.author()).isEqualTo(head.staffId()))
				.extracting(kg.usulduk.association.MemberDocumentSubmitted::submission).doesNotHaveDuplicates();
		assertThat(recorder.received(kg.usulduk.association.MemberDocumentReturned.class)).singleElement()
				.satisfies(e -> assertThat(e.reason()).isEqualTo("Курстардын датасын жазыңыз"));
		assertThat(recorder.received(kg.usulduk.association.MemberDocumentApproved.class)).singleElement()
				.satisfies(e -> {
					assertThat(e.document()).isEqualTo(plan.getId());
					assertThat(e.author()).isEqualTo(head.staffId());
					assertThat(e.session()).isEqualTo(held.getId());
				});
		assertThat(recorder.received(YearEndAnalysisCompleted.class)).singleElement().satisfies(e -> {
			assertThat(e.association()).isEqualTo(association);
			assertThat(e.year()).isEqualTo(year);
			assertThat(e.lastSession()).isEqualTo(held.getId());
			assertThat(e.analysedBy()).isEqualTo(deputy.staffId());
		});
		assertThat(recorder.received(MemberLeft.class)).singleElement().satisfies(e -> {
			assertThat(e.association()).isEqualTo(association);
			assertThat(e.member()).isEqualTo(newcomer);
		});
		assertThat(recorder.received(AssociationClosed.class)).singleElement().satisfies(e -> {
			assertThat(e.association()).isEqualTo(association);
			assertThat(e.closedOn()).isEqualTo(today);
			assertThat(e.members()).containsExactlyInAnyOrder(head.staffId(), colleague);
		});

		// The registry reads events back from their stored form, so equality also proves they survive the round trip
		// a republication at the next start would take.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(registry.findIncompletePublications()).extracting(EventPublication::getEvent)
					.doesNotContainAnyElementsOf(recorder.received());
			assertThat(completed.findAll()).extracting(EventPublication::getEvent)
					.containsAll(recorder.received());
		});
	}

	/**
	 * Every event type the association module declares, as Spring Modulith sees the module, but the demo's: that one
	 * is published only by the demo school and has its listener in the council's demo.
	 */
	private static List<Class<?>> publishedByAssociation() {
		return ApplicationModules.of(CouncilTestApplication.class).getModuleByName("association").orElseThrow()
				.getPublishedEvents().stream().map(EventType::getType).<Class<?>> map(type -> type.reflect())
				.filter(type -> type != kg.usulduk.association.DemoAssociationsCreated.class)
				.distinct().toList();
	}

	/** Stands in for the contexts that will react to the associations: one listener per event, as theirs will be. */
	@TestComponent
	static class Recorder {

		private final Queue<Object> received = new ConcurrentLinkedQueue<>();

		List<Object> received() {
			return List.copyOf(received);
		}

		<T> List<T> received(Class<T> type) {
			return received.stream().filter(type::isInstance).map(type::cast).toList();
		}

		List<Class<?>> receivedTypes() {
			return received.stream().<Class<?>> map(Object::getClass).distinct().toList();
		}

		@ApplicationModuleListener
		void on(AssociationOpened event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(AssociationClosed event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(HeadChanged event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(MemberJoined event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(MemberLeft event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(SessionScheduled event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(SessionRescheduled event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(SessionCancelled event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(SessionHeld event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(ProtocolSigned event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(ActivityScheduled event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(ActivityRescheduled event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(ActivityCancelled event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(ActivityHeld event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(CreativeReportDelivered event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(kg.usulduk.association.MemberDocumentApproved event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(kg.usulduk.association.MemberDocumentSubmitted event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(kg.usulduk.association.MemberDocumentReturned event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(YearEndAnalysisCompleted event) {
			received.add(event);
		}
	}
}
