package kg.usulduk.school.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every signed-in session of an account once a change that takes rights away has committed: a disabled
 * account, a role removed, a password reset, an observer's district withdrawn. The next request of that
 * browser, on any instance, is a stranger's. See docs/adr/0003-sessions-in-postgresql.md.
 */
@Component
class SessionEnding {

	private static final Logger log = LoggerFactory.getLogger(SessionEnding.class);

	private final FindByIndexNameSessionRepository<?> sessions;

	SessionEnding(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	/** Ends the account's sessions after the current transaction commits (at once when there is none). */
	void endSessionsOf(String username) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(username);
				}
			});
		}
		else {
			end(username);
		}
	}

	private void end(String username) {
		var found = sessions.findByPrincipalName(username).keySet();
		found.forEach(sessions::deleteById);
		if (!found.isEmpty()) {
			log.info("Ended {} session(s) of '{}' after a change of its rights", found.size(), username);
		}
	}
}
