package kg.usulduk.bench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kg.usulduk.school.SchoolYear;

/**
 * What the generator builds, fixed by the scale, the seed, the years of history and today: the districts, and for
 * each school its own {@link Random} (so a school's rows do not depend on the batch it was written in).
 *
 * @param years        school years of history, the current one included
 * @param passwordHash the one bcrypt hash every generated account shares (computed once: bcrypt is slow on purpose)
 */
record World(double scale, long seed, int years, LocalDate today, String passwordHash, List<District> districts,
		int schools) {

	/** Usulduk at national scale (issue 12): 2,300 schools in about 50 districts, about 90,000 staff. */
	static final int NATIONAL_SCHOOLS = 2300;
	static final int NATIONAL_DISTRICTS = 50;
	static final String ZONE = "Asia/Bishkek";

	static World of(double scale, long seed, int years, LocalDate today, String passwordHash) {
		int schools = Math.max(1, (int) Math.round(NATIONAL_SCHOOLS * scale));
		int districtCount = Math.max(1, Math.min(NATIONAL_DISTRICTS, (int) Math.round(NATIONAL_DISTRICTS * scale)));
		Random random = new Random(seed);
		List<District> districts = new ArrayList<>();
		for (int i = 0; i < districtCount; i++) {
			districts.add(new District(uuid(random), "Район " + (i + 1)));
		}
		return new World(scale, seed, years, today, passwordHash, List.copyOf(districts), schools);
	}

	SchoolYear currentYear() {
		return SchoolYear.of(today);
	}

	SchoolYear firstYear() {
		return new SchoolYear(currentYear().startYear() - years + 1);
	}

	/** The school with this index, its people and its own random source. */
	SchoolData school(int index) {
		return new SchoolData(this, index, districts.get(index % districts.size()));
	}

	static UUID uuid(Random random) {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

	record District(UUID id, String name) {
	}
}
