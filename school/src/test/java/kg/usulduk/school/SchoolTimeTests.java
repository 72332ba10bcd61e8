package kg.usulduk.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A server in UTC and a school in Bishkek agree on what day it is at the school: at 20:00 UTC on 1 December it is
 * 02:00 on 2 December in Bishkek, and the school's day is the 2nd (issue 13).
 */
class SchoolTimeTests {

	static final Clock SERVER_IN_UTC = Clock.fixed(Instant.parse("2026-12-01T20:00:00Z"), ZoneOffset.UTC);
	static final SchoolId BISHKEK = SchoolId.random();
	static final SchoolId LONDON = SchoolId.random();

	/** Two schools and their zones; a school that does not exist is not found. */
	static final SchoolDirectory SCHOOLS = new SchoolDirectory() {

		final Map<SchoolId, ZoneId> zones = Map.of(BISHKEK, ZoneId.of("Asia/Bishkek"), LONDON, ZoneId.of("UTC"));

		@Override
		public Optional<SchoolProfile> find(SchoolId school) {
			return Optional.ofNullable(zones.get(school)).map(zone -> new SchoolProfile(school, "Мектеп", "1", null, "",
					new SchoolSettings(4, 3, 3, List.of(3, 1), 50, null, null, zone), Map.of()));
		}

		@Override
		public ZoneId zone(SchoolId school) {
			return zones.getOrDefault(school, SchoolSettings.DEFAULT_TIME_ZONE);
		}

		@Override
		public List<Quarter> quarters(SchoolId school, SchoolYear year) {
			return Quarter.defaultsFor(year);
		}

		@Override
		public Optional<Quarter> quarterOf(SchoolId school, LocalDate day) {
			return Optional.empty();
		}
	};

	final SchoolTime time = new SchoolTime(SCHOOLS, SERVER_IN_UTC);

	@Test
	void atTwoInTheMorningInBishkekTheSchoolsTodayIsTheSecondOfDecemberWhileTheServerStillHasTheFirst() {
		assertThat(LocalDate.now(SERVER_IN_UTC)).isEqualTo(LocalDate.of(2026, 12, 1));

		assertThat(time.today(BISHKEK)).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(time.today(SCHOOLS.find(BISHKEK).orElseThrow())).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(time.now(BISHKEK).toLocalDateTime()).hasToString("2026-12-02T02:00");
	}

	@Test
	void aSchoolInUtcKeepsTheServersDay() {
		assertThat(time.today(LONDON)).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void theSchoolYearTurnsAtMidnightAtTheSchoolNotAtTheServer() {
		SchoolTime lateOnTheLastOfAugust = new SchoolTime(SCHOOLS,
				Clock.fixed(Instant.parse("2026-08-31T20:00:00Z"), ZoneOffset.UTC));

		assertThat(lateOnTheLastOfAugust.schoolYear(BISHKEK)).isEqualTo(new SchoolYear(2026));
		assertThat(lateOnTheLastOfAugust.schoolYear(LONDON)).isEqualTo(new SchoolYear(2025));
	}

	@Test
	void anInstantIsTheSameAtEverySchool() {
		assertThat(time.instant()).isEqualTo(Instant.parse("2026-12-01T20:00:00Z"));
	}
}
