package kg.usulduk.council.internal;

import static kg.usulduk.council.internal.Fixtures.HALF;
import static kg.usulduk.council.internal.Fixtures.TODAY;
import static kg.usulduk.council.internal.Fixtures.councilOfSize;
import static kg.usulduk.council.internal.Fixtures.decided;
import static kg.usulduk.council.internal.Fixtures.events;
import static kg.usulduk.council.internal.Fixtures.heldSession;
import static kg.usulduk.council.internal.Fixtures.refusal;
import static kg.usulduk.council.internal.Fixtures.signedProtocol;
import static kg.usulduk.council.internal.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilTaskDue;
import kg.usulduk.council.CouncilTaskOverdue;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;

class CouncilTaskTests {

	static final LocalDate DUE = LocalDate.of(2026, 12, 10);
	static final int LEAD_DAYS = 3;

	final Council council = councilOfSize(5);
	final StaffId aigul = StaffId.random();
	final StaffId bakyt = StaffId.random();

	@Test
	void aSignedProtocolSetsOneTaskPerTaskDecision() {
		CouncilProtocol protocol = signedProtocol(council, decided("Иш планы", DecisionKind.APPROVE_SESSION_PLAN),
				task("Семинар", aigul, DUE), task("Предметтик жума", bakyt, DUE.plusDays(7)));

		List<CouncilTask> tasks = CouncilTask.setBy(protocol);

		assertThat(tasks).extracting(CouncilTask::item, CouncilTask::responsible, CouncilTask::dueOn)
				.containsExactly(tuple(2, aigul, DUE),
						tuple(3, bakyt, DUE.plusDays(7)));
		assertThat(tasks).allSatisfy(task -> {
			assertThat(task.text()).isEqualTo("Даярдалсын");
			assertThat(task.protocolId()).isEqualTo(protocol.getId());
			assertThat(task.councilId()).isEqualTo(council.getId());
			assertThat(task.schoolId()).isEqualTo(council.schoolId());
			assertThat(task.doneOn()).isNull();
			assertThat(task.followUps()).isEmpty();
			assertThat(events(task)).isEmpty();
		});
		assertThat(tasks).extracting(CouncilTask::getId).doesNotHaveDuplicates();
	}

	@Test
	void aDraftProtocolSetsNoTasks() {
		CouncilProtocol draft = CouncilProtocol.draft(heldSession(council, Set.copyOf(council.members()), "Семинар"));
		draft.write(List.of(task("Семинар", aigul, DUE)), HALF);

		assertThat(CouncilTask.setBy(draft)).isEmpty();
	}

	@Test
	void aTaskIsNotAnnouncedBeforeItsLeadDays() {
		CouncilTask task = aTask();

		boolean changed = task.announce(DUE.minusDays(LEAD_DAYS + 1), LEAD_DAYS);

		assertThat(changed).isFalse();
		assertThat(events(task)).isEmpty();
	}

	@Test
	void aTaskIsAnnouncedOnceWhenItComesDue() {
		CouncilTask task = aTask();

		boolean first = task.announce(DUE.minusDays(LEAD_DAYS), LEAD_DAYS);
		boolean second = task.announce(DUE.minusDays(1), LEAD_DAYS);
		boolean onTheDay = task.announce(DUE, LEAD_DAYS);

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(onTheDay).isFalse();
		assertThat(events(task)).singleElement().isEqualTo(new CouncilTaskDue(council.schoolId(), council.getId(),
				task.getId(), "Даярдалсын", aigul, DUE));
	}

	@Test
	void anOpenTaskIsAnnouncedOnceWhenOverdue() {
		CouncilTask task = aTask();
		task.announce(DUE.minusDays(1), LEAD_DAYS);

		boolean overdue = task.announce(DUE.plusDays(1), LEAD_DAYS);
		boolean again = task.announce(DUE.plusDays(5), LEAD_DAYS);

		assertThat(overdue).isTrue();
		assertThat(again).isFalse();
		assertThat(task.isOverdue(DUE.plusDays(1))).isTrue();
		assertThat(events(task, CouncilTaskDue.class)).hasSize(1);
		assertThat(events(task, CouncilTaskOverdue.class)).singleElement().isEqualTo(new CouncilTaskOverdue(
				council.schoolId(), council.getId(), task.getId(), "Даярдалсын", aigul, DUE));
	}

	@Test
	void aTaskFirstSeenAfterItsDueDateIsAnnouncedOnlyAsOverdue() {
		CouncilTask task = aTask();

		task.announce(DUE.plusDays(2), LEAD_DAYS);

		assertThat(events(task)).singleElement().isInstanceOf(CouncilTaskOverdue.class);
	}

	@Test
	void aDoneTaskIsNotAnnounced() {
		CouncilTask task = aTask();
		task.markDone(DUE.minusDays(5), null);

		boolean due = task.announce(DUE.minusDays(1), LEAD_DAYS);
		boolean overdue = task.announce(DUE.plusDays(1), LEAD_DAYS);

		assertThat(due).isFalse();
		assertThat(overdue).isFalse();
		assertThat(task.isOverdue(DUE.plusDays(1))).isFalse();
		assertThat(events(task)).isEmpty();
	}

	@Test
	void aTaskIsDoneOnlyOnce() {
		CouncilTask task = aTask();
		task.markDone(DUE.minusDays(2), "Семинар өттү");

		RuleViolation refusal = refusal(() -> task.markDone(DUE, null));

		assertThat(refusal.code()).isEqualTo("council.task.alreadyDone");
		assertThat(task.doneOn()).isEqualTo(DUE.minusDays(2));
		assertThat(task.followUps()).containsExactly(new FollowUp(DUE.minusDays(2), null, "Семинар өттү"));
	}

	@Test
	void aFollowUpAtASessionIsNoted() {
		CouncilTask task = aTask();
		CouncilSessionId session = CouncilSessionId.random();

		task.followUp(DUE.minusDays(4), session, " Даярдык жүрүп жатат ");

		assertThat(task.followUps()).containsExactly(new FollowUp(DUE.minusDays(4), session, "Даярдык жүрүп жатат"));
		assertThat(refusal(() -> task.followUp(DUE, null, " ")).field()).isEqualTo("note");
	}

	/** The task of a signed protocol for Aigul, due on {@link #DUE}. */
	private CouncilTask aTask() {
		CouncilProtocol protocol = signedProtocol(council, task("Семинар", aigul, DUE));
		assertThat(TODAY).isBefore(DUE.minusDays(LEAD_DAYS));
		return CouncilTask.setBy(protocol).get(0);
	}
}
