package kg.usulduk.school.meetings;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.StaffId;

/**
 * Who a meeting invited and who came. Invitations go to the body's members when the meeting is scheduled; when it
 * is held, those expected are marked present or absent, and someone who may attend though not invited (a member
 * who joined since) is added as present.
 */
public final class Attendance {

	private Attendance() {
	}

	/** Everyone invited, none present yet. */
	public static Set<Attendee> invite(Collection<StaffId> people) {
		return Set.copyOf(people.stream().distinct().map(person -> new Attendee(person, false)).toList());
	}

	/**
	 * The attendance of a held meeting: each of {@code expected} present or absent, plus each of {@code present}.
	 * Refused on the field {@code present} when nobody came or when someone present may not attend.
	 *
	 * @param mayAttend who may be marked present (the body's members, those invited)
	 * @param context   the context whose keys word the refusal ({@code <context>.session.nobodyPresent},
	 *                  {@code .presentNotMember})
	 */
	public static Set<Attendee> taken(Collection<StaffId> expected, Set<StaffId> present, Predicate<StaffId> mayAttend,
			String context) {
		return taken(expected, present, Map.of(), mayAttend, context);
	}

	/**
	 * The attendance of a held meeting, with the reasons given for those absent (a reason given for someone present
	 * is not kept); a reason is one line of at most 200 characters.
	 *
	 * @see #taken(Collection, Set, Predicate, String)
	 */
	public static Set<Attendee> taken(Collection<StaffId> expected, Set<StaffId> present,
			Map<StaffId, String> absenceReasons, Predicate<StaffId> mayAttend, String context) {
		if (present == null || present.isEmpty()) {
			throw RuleViolation.onField("present", context + ".session.nobodyPresent");
		}
		for (StaffId person : present) {
			if (!mayAttend.test(person)) {
				throw RuleViolation.onField("present", context + ".session.presentNotMember");
			}
		}
		Map<StaffId, Attendee> marked = new LinkedHashMap<>();
		for (StaffId person : expected) {
			marked.put(person, new Attendee(person, present.contains(person), absenceReasons.get(person)));
		}
		for (StaffId person : present) {
			marked.put(person, new Attendee(person, true));
		}
		return Set.copyOf(marked.values());
	}

	/** Everyone invited (or marked), in a stable order. */
	public static List<StaffId> invited(Collection<Attendee> attendance) {
		return attendance.stream().map(Attendee::staffId).sorted(Comparator.comparing(StaffId::toString)).toList();
	}

	/** Those who came, in a stable order. */
	public static List<StaffId> present(Collection<Attendee> attendance) {
		return attendance.stream().filter(Attendee::present).map(Attendee::staffId)
				.sorted(Comparator.comparing(StaffId::toString)).toList();
	}

	/** Why those absent did not come, where a reason was given. */
	public static Map<StaffId, String> absenceReasons(Collection<Attendee> attendance) {
		Map<StaffId, String> reasons = new LinkedHashMap<>();
		attendance.stream().filter(a -> a.absenceReason() != null)
				.forEach(a -> reasons.put(a.staffId(), a.absenceReason()));
		return Map.copyOf(reasons);
	}

	/**
	 * The reasons as a form sends them: a list of people and a list of reasons, one line each, in the same order.
	 * Lines without a reason are skipped; lists of different lengths are paired as far as both go.
	 */
	public static Map<StaffId, String> reasonsByPerson(List<StaffId> people, List<String> reasons) {
		Map<StaffId, String> byPerson = new LinkedHashMap<>();
		if (people == null || reasons == null) {
			return byPerson;
		}
		for (int i = 0; i < Math.min(people.size(), reasons.size()); i++) {
			if (people.get(i) != null && reasons.get(i) != null && !reasons.get(i).isBlank()) {
				byPerson.put(people.get(i), reasons.get(i));
			}
		}
		return byPerson;
	}

	/** Those invited who did not come, in a stable order: protocols list them by name. */
	public static List<StaffId> absent(Collection<Attendee> attendance) {
		return attendance.stream().filter(a -> !a.present()).map(Attendee::staffId)
				.sorted(Comparator.comparing(StaffId::toString)).toList();
	}
}
