package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.util.Optional;

import kg.usulduk.council.DecisionAdopted;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 003 §5.1: the council's plan of sessions for the year is approved at its first session. The council decides it;
 * planning keeps the approval, taken from the council's {@link DecisionAdopted} event, for the school calendar. A
 * later correction's decision replaces the date; a replayed event changes nothing.
 */
@Component
public class CouncilSessionPlans {

	private final JdbcClient jdbc;

	CouncilSessionPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When the council of that school year approved its plan of sessions. */
	public record Approval(LocalDate approvedOn, String decision) {
	}

	@ApplicationModuleListener
	void on(DecisionAdopted decision) {
		if (decision.kind() != DecisionKind.APPROVE_SESSION_PLAN) {
			return;
		}
		jdbc.sql("""
				insert into planning.council_session_plans (council_id, school_id, school_year, approved_on, session_id,
				    protocol_id, decision)
				values (:council, :school, :year, :on, :session, :protocol, :decision)
				on conflict (council_id) do update set approved_on = :on, session_id = :session, protocol_id = :protocol,
				    decision = :decision
				""").param("council", decision.council().value()).param("school", decision.school().value())
				.param("year", SchoolYear.of(decision.adoptedOn()).startYear()).param("on", decision.adoptedOn())
				.param("session", decision.session().value()).param("protocol", decision.protocol().value())
				.param("decision", decision.text()).update();
	}

	@Transactional(readOnly = true)
	public Optional<Approval> of(SchoolId school, SchoolYear year) {
		return jdbc.sql("""
				select approved_on, decision from planning.council_session_plans
				where school_id = :school and school_year = :year
				""").param("school", school.value()).param("year", year.startYear())
				.query((rs, n) -> new Approval(rs.getObject(1, LocalDate.class), rs.getString(2))).optional();
	}
}
