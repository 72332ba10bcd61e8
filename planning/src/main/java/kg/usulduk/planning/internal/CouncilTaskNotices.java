package kg.usulduk.planning.internal;

import kg.usulduk.council.CouncilTaskDue;
import kg.usulduk.council.CouncilTaskOverdue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The council announces that a task it set is due soon or overdue; the person responsible hears of it here, in the
 * inbox and by mail, once per task and due date whatever replays the event.
 */
@Component
class CouncilTaskNotices {

	private final Notifier notifier;

	CouncilTaskNotices(Notifier notifier) {
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(CouncilTaskDue e) {
		notifier.task(e.school(), e.task().value(), e.text(), e.responsible(), e.dueOn(), Notifier.Notice.TASK_DUE);
	}

	@ApplicationModuleListener
	void on(CouncilTaskOverdue e) {
		notifier.task(e.school(), e.task().value(), e.text(), e.responsible(), e.dueOn(), Notifier.Notice.TASK_OVERDUE);
	}
}
