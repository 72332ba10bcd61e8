package kg.usulduk.association.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Compliance.YearFacts;
import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Scope;
import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

import org.junit.jupiter.api.Test;

/** The association's rules as lines of the compliance page: one per rule, judged by {@link Compliance} alone. */
class AssociationComplianceLinesTests {

	static final SchoolYear YEAR = new SchoolYear(2026);
	static final LocalDate DECEMBER = LocalDate.of(2026, 12, 2);
	static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());
	static final UUID ASSOCIATION = UUID.randomUUID();

	static List<ComplianceLine> lines(YearFacts facts, AssociationKind kind, LocalDate today) {
		return AssociationComplianceLines.lines(SCHOOL, ASSOCIATION, "Математика", facts,
				Compliance.of(facts, 4, today, kind), 4);
	}

	@Test
	void anAssociationShortOfItsMinimumWithNothingScheduledHasItsSessionsAtRiskWithTheCountDrawn() {
		// 001 §5.5: one session held of four, none scheduled, in December.
		List<ComplianceLine> lines = lines(new YearFacts(YEAR, 1, 0, 0, 0, 0, false), AssociationKind.SUBJECT, DECEMBER);

		ComplianceLine sessions = lines.get(0);
		assertThat(sessions.clause()).isEqualTo("001 §5.5");
		assertThat(sessions.rule()).isEqualTo("association.rule.MINIMUM_SESSIONS");
		assertThat(sessions.standing()).isEqualTo(Standing.AT_RISK);
		assertThat(sessions.message()).isEqualTo("association.rule.sessions.missing");
		assertThat(sessions.arguments()).containsExactly(1, 4, 3);
		assertThat(sessions.progress().done()).isEqualTo(1);
		assertThat(sessions.progress().target()).isEqualTo(4);
		assertThat(sessions.link()).isEqualTo("/associations/" + ASSOCIATION + "?year=2026#compliance");
		assertThat(lines).allMatch(line -> line.scope() == Scope.ASSOCIATION && line.school().equals(SCHOOL)
				&& line.scopeName().equals("Математика"));
	}

	@Test
	void aSubjectAssociationHasALineForEachOfItsThreeRulesAndOnlyTheSessionsAreCounted() {
		List<ComplianceLine> lines = lines(new YearFacts(YEAR, 4, 0, 1, 0, 2, true), AssociationKind.SUBJECT, DECEMBER);

		assertThat(lines).extracting(ComplianceLine::clause).containsExactly("001 §5.5", "001 §5.6", "001 §5.7");
		assertThat(lines).extracting(ComplianceLine::standing).containsExactly(Standing.MET, Standing.MET, Standing.MET);
		assertThat(lines.subList(1, 3)).allMatch(line -> line.progress() == null);
	}

	@Test
	void aCreativeGroupOwesOnlyTheYearEndAnalysisSoItHasOneLineBrokenOnceTheYearIsOver() {
		List<ComplianceLine> lines = lines(new YearFacts(YEAR, 0, 0, 0, 0, 0, false), AssociationKind.CREATIVE_GROUP,
				YEAR.end().plusDays(1));

		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.clause()).isEqualTo("001 §5.7");
			assertThat(line.standing()).isEqualTo(Standing.BROKEN);
		});
	}
}
