package kg.usulduk.mentorship.internal;

import java.util.Locale;

import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.StaffLeft;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A young teacher or a mentor who leaves the school ends their mentorship that day, whatever its stage; the deputy who
 * controls it hears of it through {@code MentorshipEnded}. A replay finds it ended already and changes nothing.
 */
@Component
class PairsOfLeavers {

	private final Mentorships mentorships;
	private final SchoolDirectory schools;
	private final MessageSource messages;

	PairsOfLeavers(Mentorships mentorships, SchoolDirectory schools, MessageSource messages) {
		this.mentorships = mentorships;
		this.schools = schools;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(StaffLeft left) {
		// The reason is written in the school's paper language, as the director would have written it.
		Locale language = Locale.forLanguageTag(schools.find(left.school()).map(p -> p.settings().documentLanguage())
				.orElse(SchoolSettings.DEFAULT_DOCUMENT_LANGUAGE).name().toLowerCase());
		for (Mentorship pair : mentorships.findActiveConcerning(left.staff())) {
			String reason = messages.getMessage("mentorship.ended.left", null, "Left the school", language);
			if (pair.personLeft(left.staff(), left.leftOn(), reason)) {
				mentorships.save(pair);
			}
		}
	}
}
