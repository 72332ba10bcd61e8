package kg.usulduk.planning.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.planning.internal.CalendarEntries;
import kg.usulduk.planning.internal.CalendarEntry;
import kg.usulduk.planning.internal.EntrySource;
import kg.usulduk.planning.internal.plans.WorkPlanManagement.ItemInput;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.planning.WorkPlanApproved;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Plan items with a day enter the school calendar when the plan is approved, and move with later versions. */
@SpringBootTest
class PlanItemsInCalendarTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired WorkPlanManagement plans;
	@Autowired CalendarEntries entries;

	@Test
	void anApprovedPlansDatedItemIsInTheCalendarAndMovesWithTheNextVersion() {
		TestSchool school = testSchools.register();
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Тарых УБ",
				AssociationKind.SUBJECT, List.of("Тарых"), new OrderReference("47", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
		associations.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
				new OrderReference("47/1", TODAY));
		WorkPlan plan = plans.startFromTemplate(school.teacher(), association.getId(), YEAR, Locale.ENGLISH);
		PlanItem dated = plan.items().get(0);
		LocalDate day = YEAR.end().minusDays(60);
		for (PlanItem item : plan.items()) {
			plans.changeItem(school.teacher(), plan.getId(), null, item.ref(), new ItemInput(item.section(), item.what(),
					school.teacher().staffId(), item.ref().equals(dated.ref()) ? PlanTime.on(day) : PlanTime.inQuarter(4)));
		}
		plans.agree(school.deputy(), plan.getId(), null);
		plans.approve(school.director(), plan.getId(), null);

		CalendarEntry entry = await().atMost(Duration.ofSeconds(15))
				.until(() -> entries.findBySourceAndSourceId(EntrySource.PLAN_ITEM, dated.ref()).orElse(null), Objects::nonNull);
		assertThat(entry.startsOn()).isEqualTo(day);
		assertThat(entry.people()).containsExactly(school.teacher().staffId());
		assertThat(entries.findBySchoolIdAndStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnAscTimeAsc(
				school.id(), YEAR.end(), YEAR.start())).as("only the item with a day of its own").hasSize(1);

		WorkPlan second = plans.revise(school.teacher(), plan.getId(), null);
		plans.changeItem(school.teacher(), second.getId(), null, dated.ref(), new ItemInput(dated.section(), dated.what(),
				school.teacher().staffId(), PlanTime.on(day.plusDays(7))));
		plans.agree(school.deputy(), second.getId(), null);
		plans.approve(school.director(), second.getId(), null);

		await().atMost(Duration.ofSeconds(15)).until(() -> entries.findBySourceAndSourceId(EntrySource.PLAN_ITEM,
				dated.ref()).map(e -> e.startsOn().equals(day.plusDays(7))).orElse(false));

		// The first approval processed only now (the registry gives each event its own thread): nothing moves back.
		transactions.executeWithoutResult(status -> new PlanItemsInCalendar(workPlans, entries, directory, jdbc)
				.on(new WorkPlanApproved(school.id(), association.getId(), plan.getId(), 1, YEAR, TODAY)));
		assertThat(entries.findBySourceAndSourceId(EntrySource.PLAN_ITEM, dated.ref()).orElseThrow().startsOn())
				.as("a version processed after a later one changes nothing").isEqualTo(day.plusDays(7));
	}

	@Autowired WorkPlans workPlans;
	@Autowired AssociationDirectory directory;
	@Autowired JdbcClient jdbc;
	@Autowired TransactionTemplate transactions;
}
