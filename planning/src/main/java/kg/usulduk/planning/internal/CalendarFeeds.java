package kg.usulduk.planning.internal;

import java.util.Optional;

import kg.usulduk.school.StaffId;

import org.springframework.data.repository.ListCrudRepository;

public interface CalendarFeeds extends ListCrudRepository<CalendarFeed, StaffId> {

	Optional<CalendarFeed> findByToken(String token);
}
