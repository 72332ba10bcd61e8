package kg.usulduk.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A context whose bodies the regulations set rules for (the associations, the council, the work plans): it judges
 * them with its own rule objects and answers {@link ComplianceLine}s, which the compliance page and the start pages,
 * upstream, show without knowing the contexts. A page has a budget of statements, so a source answers with one or two
 * statements whatever the number of schools asked about and their years of history.
 */
public interface ComplianceSource {

	/**
	 * The schools and the school year to judge, as of the schools' today.
	 *
	 * @param quarters each school's quarters of the year, as the school set them or the defaults
	 */
	record Question(SchoolYear year, LocalDate today, List<SchoolProfile> schools, Map<SchoolId, List<Quarter>> quarters) {

		public Question {
			Objects.requireNonNull(year, "year");
			Objects.requireNonNull(today, "today");
			schools = List.copyOf(schools);
			quarters = Map.copyOf(quarters);
		}

		public List<SchoolId> schoolIds() {
			return schools.stream().map(SchoolProfile::id).toList();
		}

		public List<Quarter> quartersOf(SchoolId school) {
			return quarters.getOrDefault(school, Quarter.defaultsFor(year));
		}
	}

	/** Every rule of every body of these schools in the year, each school's lines never naming another's records. */
	List<ComplianceLine> lines(Question question);

	/**
	 * Charts of one school's year that are not a rule's count (how the work plans are carried out), each in at most
	 * two statements; none by default.
	 */
	default List<ComplianceChart> charts(SchoolProfile school, SchoolYear year, LocalDate today) {
		return List.of();
	}
}
