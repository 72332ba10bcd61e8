package kg.usulduk.school.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;

class FrozenPaperTests {

	static final StaffId HEAD = StaffId.random();
	static final StaffId MEMBER = StaffId.random();
	static final StaffId ABSENT = StaffId.random();
	static final StaffId RESPONSIBLE = StaffId.random();
	static final Instant SIGNED = Instant.parse("2026-11-30T20:30:00Z");

	static FrozenPaper paper() {
		return new FrozenPaper("№ 12 мектеп", "Свердлов району", "Математика УБ",
				List.of(new PaperPerson(HEAD, "Жумабаев Нурлан", "Мугалим"), new PaperPerson(MEMBER, "Осмонов Бакыт", "")),
				List.of(new PaperPerson(ABSENT, "Сыдыкова Айпери", "")),
				List.of(new PaperPerson(RESPONSIBLE, "Бекова Айгүл", "Орун басар")),
				List.of(new PaperSignature("association.signatory.HEAD", new PaperPerson(HEAD, "Жумабаев Нурлан", "Мугалим"),
						SIGNED)),
				SIGNED, "Asia/Bishkek");
	}

	@Test
	void aFinalPaperNamesEveryoneAsTheyWereWhenItWasSigned() {
		FrozenPaper paper = paper();

		assertThat(paper.presentNames()).isEqualTo("Жумабаев Нурлан, Осмонов Бакыт");
		assertThat(paper.absentNames()).isEqualTo("Сыдыкова Айпери");
		assertThat(paper.nameOf(RESPONSIBLE)).isEqualTo("Бекова Айгүл");
		assertThat(paper.nameOf(StaffId.random())).isEmpty();
	}

	@Test
	void itsTimesAreShownInTheSchoolsZoneNotTheServers() {
		// 20:30 UTC on 30 November is 02:30 on 1 December in Bishkek.
		assertThat(paper().local(SIGNED)).isEqualTo(LocalDateTime.of(2026, 12, 1, 2, 30));
	}

	@Test
	void itIsStoredAsJsonAndReadBackUnchanged() {
		FrozenPaper paper = paper();

		var json = new FrozenPaperConverters.ToJsonb().convert(paper);

		assertThat(json.getType()).isEqualTo("jsonb");
		assertThat(new FrozenPaperConverters.FromJsonb().convert(json)).isEqualTo(paper);
	}

	@Test
	void aFinalPaperHasItsInstantAndItsZone() {
		assertThatThrownBy(() -> new FrozenPaper("", "", "", null, null, null, null, null, "Asia/Bishkek"))
				.isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> new FrozenPaper("", "", "", null, null, null, null, SIGNED, null))
				.isInstanceOf(NullPointerException.class);
	}

	@Test
	void aProtocolListsTheAbsentWithTheReasonsGivenWhenItWasSigned() {
		FrozenPaper paper = new FrozenPaper("№ 12 мектеп", "", "", List.of(),
				List.of(new PaperPerson(ABSENT, "Сыдыкова Айпери", "", "Курста"), new PaperPerson(MEMBER, "Осмонов Бакыт", "")),
				List.of(), List.of(), SIGNED, "Asia/Bishkek");

		assertThat(paper.absentNames()).isEqualTo("Сыдыкова Айпери (Курста), Осмонов Бакыт");
	}
}
