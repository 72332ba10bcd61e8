package kg.usulduk.school.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A PostgreSQL advisory lock held until the end of the current transaction, taken by whatever creates the first
 * records of a fresh database (the demo school, the first administrator). Instances that start at once on one
 * database take turns: the second sees what the first committed instead of failing on a unique index.
 */
@Component
class BootstrapLock {

	// Any fixed number; it only has to be the same in every instance and unused by anything else.
	private static final long KEY = 0x5553554c44554bL; // "USULDUK"

	private final JdbcClient jdbc;

	BootstrapLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits for the lock; it is released when the caller's transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	void acquire() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", KEY).query().singleRow();
	}
}
