package kg.usulduk.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
	 * @param scopes   the kinds of bodies asked about: a source of another kind answers nothing, without a statement
	 * @param known    the lines the sources asked before this one gave (see {@link ComplianceSource#order()}): the
	 *                 associations' lines name every open association, so a later source about them need not read
	 *                 the list again
	 */
	record Question(SchoolYear year, LocalDate today, List<SchoolProfile> schools, Map<SchoolId, List<Quarter>> quarters,
			Set<ComplianceLine.Scope> scopes, List<ComplianceLine> known) {

		public Question {
			Objects.requireNonNull(year, "year");
			Objects.requireNonNull(today, "today");
			schools = List.copyOf(schools);
			quarters = Map.copyOf(quarters);
			scopes = Set.copyOf(scopes);
			known = List.copyOf(known);
		}

		/** Whether bodies of this kind are asked about. */
		public boolean asks(ComplianceLine.Scope scope) {
			return scopes.contains(scope);
		}

		/** The same question, with the lines given so far. */
		public Question knowing(List<ComplianceLine> lines) {
			return new Question(year, today, schools, quarters, scopes, lines);
		}

		public List<SchoolId> schoolIds() {
			return schools.stream().map(SchoolProfile::id).toList();
		}

		public List<Quarter> quartersOf(SchoolId school) {
			return quarters.getOrDefault(school, Quarter.defaultsFor(year));
		}
	}

	/** Position among the sources, small first: a source that reads the lines of others comes after them. */
	default int order() {
		return 0;
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
