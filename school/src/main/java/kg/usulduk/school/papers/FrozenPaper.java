package kg.usulduk.school.papers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What a final paper shows of its school and its people, frozen when it became final: a later rename in the
 * staff directory or of the school changes no signed protocol, print view or PDF. Stored with the paper as one
 * jsonb column (see {@link FrozenPaperConverters}).
 *
 * @param school     the school's title as printed that day
 * @param district   the district's name that day
 * @param body       the body whose paper it is, as named that day (an association, the council), or empty
 * @param present    who attended, where the paper records a meeting (else empty)
 * @param absent     who was invited and did not attend, by name (protocols list them)
 * @param named      everyone else the paper names (a responsible person, a recommended teacher)
 * @param signatures every signature, in the order they are printed
 * @param finalAt    the instant the last signature made it final
 * @param zone       the school's time zone, in which its times are shown
 */
public record FrozenPaper(String school, String district, String body, List<PaperPerson> present, List<PaperPerson> absent,
		List<PaperPerson> named, List<PaperSignature> signatures, Instant finalAt, String zone) implements ValueObject {

	public FrozenPaper {
		school = school == null ? "" : school;
		district = district == null ? "" : district;
		body = body == null ? "" : body;
		present = List.copyOf(present == null ? List.of() : present);
		absent = List.copyOf(absent == null ? List.of() : absent);
		named = List.copyOf(named == null ? List.of() : named);
		signatures = List.copyOf(signatures == null ? List.of() : signatures);
		Objects.requireNonNull(finalAt, "a final paper has the instant it became final");
		zone = ZoneId.of(Objects.requireNonNull(zone, "a final paper has its school's time zone")).getId();
	}

	/** A time of this paper as the school reads it, in the school's zone. */
	public LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneId.of(zone));
	}

	/** The name the paper gives a person it names, as it was when it became final; empty if it names them not. */
	public String nameOf(kg.usulduk.school.StaffId person) {
		return java.util.stream.Stream.of(present, absent, named, signatures.stream().map(PaperSignature::signer).toList())
				.flatMap(List::stream).filter(p -> p.staffId().equals(person)).map(PaperPerson::fullName).findFirst()
				.orElse("");
	}

	/** The names of the people present, joined for a protocol's line. */
	public String presentNames() {
		return String.join(", ", present.stream().map(PaperPerson::fullName).toList());
	}

	/** The names of the people absent, each with the reason given, joined for a protocol's line. */
	public String absentNames() {
		return String.join(", ", absent.stream().map(PaperPerson::listed).toList());
	}
}
