package kg.usulduk.association.internal;

import java.util.Optional;

import kg.usulduk.association.SessionId;

import org.springframework.data.repository.ListCrudRepository;

public interface Sessions extends ListCrudRepository<Session, SessionId>, SessionsLoadedWhole {

	/** Loaded whole in one statement (see {@link SessionsLoadedWhole}); declared here as well so that calls are not ambiguous. */
	@Override
	Optional<Session> findById(SessionId id);
}
