package kg.usulduk.school.internal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolRegistered;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolSettingsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every school's time zone, kept in memory so that a page that shows no school (the list of plans, a calendar feed)
 * learns the zone its dates are read in without a statement of its own: pages have a budget of statements
 * ({@code StatementBudgetTests}), and a school's record is three (its quarters and duties come with it).
 * <p>
 * This instance learns a new school and a changed zone from their events at once; what another instance changed
 * arrives with the next refresh, each minute. A zone changes perhaps once in a school's life, so a minute's delay on
 * another instance is the price of pages that read no school; a page that did read its school reads the zone from
 * there ({@code SchoolDirectoryService.zone}).
 */
@Component
class SchoolZones {

	private final JdbcClient jdbc;
	private volatile Map<SchoolId, ZoneId> zones;

	SchoolZones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The school's zone as last known here, or empty for a school this instance has not seen yet. */
	Optional<ZoneId> zone(SchoolId school) {
		Map<SchoolId, ZoneId> known = zones;
		return known == null ? Optional.empty() : Optional.ofNullable(known.get(school));
	}

	@Scheduled(initialDelayString = "PT0S", fixedDelayString = "${usulduk.school.zones-refresh:PT1M}")
	void refresh() {
		Map<SchoolId, ZoneId> read = new HashMap<>();
		jdbc.sql("select id, time_zone from school.schools").query((rs, n) -> read.put(
				new SchoolId(rs.getObject("id", UUID.class)), ZoneId.of(rs.getString("time_zone")))).list();
		zones = Map.copyOf(read);
	}

	/** A new school keeps the default zone until it chooses another. */
	@EventListener
	void on(SchoolRegistered event) {
		learn(event.school(), SchoolSettings.DEFAULT_TIME_ZONE);
	}

	/** Once the change is committed: a refused or rolled-back change must not move the school's day. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(SchoolSettingsChanged event) {
		learn(event.school(), event.settings().timeZone());
	}

	private synchronized void learn(SchoolId school, ZoneId zone) {
		Map<SchoolId, ZoneId> changed = new HashMap<>(zones == null ? Map.of() : zones);
		changed.put(school, zone);
		zones = Map.copyOf(changed);
	}
}
