package kg.usulduk.association.internal;

import java.util.Optional;

import kg.usulduk.association.SessionId;

import org.springframework.data.repository.ListCrudRepository;

public interface Sessions extends ListCrudRepository<Session, SessionId>, SessionsLoadedWhole {

	/** Loaded whole in one statement ({@link SessionsLoadedWhole}); declared again, or calls would be ambiguous. */
	@Override
	Optional<Session> findById(SessionId id);
}
