package kg.usulduk.bench.generate;

import java.time.Instant;
import java.util.List;

import kg.usulduk.bench.generate.SchoolData.Person;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.papers.FrozenPaper;
import kg.usulduk.school.papers.PaperPerson;
import kg.usulduk.school.papers.PaperSignature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code frozen} jsonb of a signed protocol, written by the school kernel's own record and mapper so it reads
 * back exactly as the app's {@code FrozenPaperConverters} read it (a protocol without it would be frozen again by
 * the backfill at the next start).
 */
final class Papers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Papers() {
	}

	static String frozen(SchoolData school, String body, List<Person> present, List<Person> absent, String signatory,
			List<String> capacities, List<Person> signers, Instant at) {
		List<PaperSignature> signatures = new java.util.ArrayList<>();
		for (int i = 0; i < signers.size(); i++) {
			signatures.add(new PaperSignature(signatory + capacities.get(i), person(signers.get(i)), at));
		}
		FrozenPaper paper = new FrozenPaper(school.name, school.district.name(), body,
				present.stream().map(Papers::person).toList(), absent.stream().map(Papers::person).toList(), List.of(),
				signatures, at, World.ZONE);
		return JSON.writeValueAsString(paper);
	}

	private static PaperPerson person(Person person) {
		return new PaperPerson(new StaffId(person.id()), person.fullName(), "Мугалим");
	}
}
