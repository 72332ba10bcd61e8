package kg.usulduk.association.internal;

import kg.usulduk.association.MutualLessonVisit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 001 §3.7: lesson visits that another context recorded (a mentor and a young teacher, plan IV.2) become held lesson
 * visits of the association named, so they count where its mutual visits count. Idempotent: once per source, under a
 * transaction-scoped lock on it, so a replayed or parallel event adds nothing; a visit for an association of another
 * school, or one that does not exist, is ignored.
 */
@Component
class MutualLessonVisits {

	private final Activities activities;
	private final Associations associations;
	private final JdbcClient jdbc;

	MutualLessonVisits(Activities activities, Associations associations, JdbcClient jdbc) {
		this.activities = activities;
		this.associations = associations;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(MutualLessonVisit visit) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "visit:" + visit.source())
				.query().singleRow();
		if (activities.existsBySourceId(visit.source())) {
			return;
		}
		associations.findById(visit.association()).filter(a -> a.schoolId().equals(visit.school()))
				.ifPresent(association -> activities.save(Activity.recordedVisit(association.getId(), visit)));
	}
}
