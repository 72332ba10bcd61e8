package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.planning.CalendarEntryId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface CalendarEntries extends ListCrudRepository<CalendarEntry, CalendarEntryId> {

	Optional<CalendarEntry> findBySourceAndSourceId(EntrySource source, UUID sourceId);

	/** The entries whose page is this thing's (a mentorship's meetings). */
	List<CalendarEntry> findBySourceAndParentId(EntrySource source, UUID parent);

	/** The school's entries that overlap the days from {@code from} to {@code to}. */
	List<CalendarEntry> findBySchoolIdAndStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnAscTimeAsc(
			SchoolId school, LocalDate to, LocalDate from);
}
