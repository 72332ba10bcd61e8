package kg.usulduk.planning.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.planning.internal.plans.WorkPlanManagement.ItemInput;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: every approval step tells the next person and the author, in their inbox with a link to the plan, and
 * never the one who took the step.
 */
@SpringBootTest
class ApprovalNoticesTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired WorkPlanManagement plans;
	@Autowired JdbcClient jdbc;
	@Autowired kg.usulduk.planning.internal.Inbox inbox;

	/** The notices of this kind in the person's inbox: their links, each once per notice. */
	List<String> notices(SchoolUser person, String notice) {
		return jdbc.sql("""
				SELECT link FROM planning.deliveries WHERE staff_id = ? AND channel = 'INBOX' AND notice = ?
				ORDER BY created_at""").param(person.staffId().value()).param(notice).query(String.class).list();
	}

	@Test
	void agreeingTellsTheDirectorAndTheHeadReturningTellsTheHeadAndApprovingTellsHeadAndDeputy() {
		TestSchool school = testSchools.register();
		SchoolUser head = school.teacher();
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Математика УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, head.staffId());
		associations.electHead(school.deputy(), association.getId(), null, head.staffId(),
				new OrderReference("45/1", TODAY));
		WorkPlan plan = plans.startFromTemplate(head, association.getId(), YEAR, Locale.ENGLISH);
		for (PlanItem item : plan.items()) {
			plan = plans.changeItem(head, plan.getId(), plan.version(), item.ref(),
					new ItemInput(item.section(), item.what(), head.staffId(), PlanTime.inQuarter(3)));
		}
		String link = "/plans/" + plan.getId().value();

		plan = plans.agree(school.deputy(), plan.getId(), plan.version());
		assertThat(notices(school.director(), "PLAN_AGREED")).containsExactly(link);
		assertThat(notices(head, "PLAN_AGREED")).containsExactly(link);
		assertThat(notices(school.deputy(), "PLAN_AGREED")).as("not told of what they did").isEmpty();

		// A notice is marked read by its own person only: another's id changes nothing.
		java.util.UUID directorsNotice = jdbc.sql("SELECT id FROM planning.deliveries WHERE staff_id = ? AND channel = 'INBOX'")
				.param(school.director().staffId().value()).query(java.util.UUID.class).list().get(0);
		assertThat(inbox.markRead(school.deputy(), directorsNotice)).isFalse();
		assertThat(jdbc.sql("SELECT read_at IS NULL FROM planning.deliveries WHERE id = ?").param(directorsNotice)
				.query(Boolean.class).single()).isTrue();
		assertThat(inbox.markRead(school.director(), directorsNotice)).isTrue();
		assertThat(jdbc.sql("SELECT read_at IS NOT NULL FROM planning.deliveries WHERE id = ?").param(directorsNotice)
				.query(Boolean.class).single()).isTrue();

		plan = plans.returnWithComment(school.director(), plan.getId(), plan.version(), "IV бөлүмдү толуктагыла");
		assertThat(notices(head, "PLAN_RETURNED")).containsExactly(link);
		assertThat(notices(school.deputy(), "PLAN_RETURNED")).as("the deputy had agreed to it").containsExactly(link);
		assertThat(jdbc.sql("SELECT body FROM planning.deliveries WHERE staff_id = ? AND notice = 'PLAN_RETURNED'")
				.param(head.staffId().value()).query(String.class).single()).contains("IV бөлүмдү толуктагыла");
		assertThat(notices(school.director(), "PLAN_RETURNED")).isEmpty();

		plan = plans.agree(school.deputy(), plan.getId(), plan.version());
		assertThat(notices(school.director(), "PLAN_AGREED")).as("a second agreement is a step of its own").hasSize(2);
		plans.approve(school.director(), plan.getId(), plan.version());
		assertThat(notices(head, "PLAN_APPROVED")).containsExactly(link);
		assertThat(notices(school.deputy(), "PLAN_APPROVED")).containsExactly(link);
		assertThat(notices(school.director(), "PLAN_APPROVED")).isEmpty();
	}
}
