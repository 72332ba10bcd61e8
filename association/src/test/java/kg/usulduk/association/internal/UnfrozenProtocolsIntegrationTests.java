package kg.usulduk.association.internal;

import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.ProtocolEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Protocols signed before the kernel froze what they show are frozen once, after the upgrade. */
@SpringBootTest
class UnfrozenProtocolsIntegrationTests {

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired SessionManagement sessions;
	@Autowired Protocols protocols;
	@Autowired UnfrozenAssociationProtocols unfrozen;
	@Autowired JdbcClient jdbc;
	@Autowired TransactionTemplate transactions;

	@Test
	void aProtocolSignedBeforeTheUpgradeIsFrozenOnceAndThenLeftAlone() {
		TestSchool school = testSchools.register();
		SchoolUser head = school.teacher();
		LocalDate today = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
		Association association = management.open(school.deputy(), new AssociationManagement.Opening("Тарых УБ",
				AssociationKind.SUBJECT, List.of("Тарых"), new OrderReference("7", today)));
		management.admit(school.deputy(), association.getId(), null, head.staffId());
		management.electHead(school.deputy(), association.getId(), null, head.staffId(), new OrderReference("7/1", today));
		Session session = sessions.schedule(head, association.getId(), today, LocalTime.NOON, null,
				List.of(new AgendaItem("Суроо", null)));
		sessions.hold(head, session.getId(), null, Set.of(head.staffId()));
		Protocol draft = sessions.protocolsOf(head, session.getId()).get(0);
		Protocol written = sessions.writeProtocol(head, draft.getId(), draft.version(),
				List.of(new ProtocolEntry("Суроо", null, "Чечим", null)));
		Protocol signed = sessions.sign(head, written.getId(), written.version());
		jdbc.sql("UPDATE association.protocols SET frozen = NULL WHERE id = ?").param(signed.getId().value()).update();

		int first = transactions.execute(status -> unfrozen.freezeBatch());
		int second = transactions.execute(status -> unfrozen.freezeBatch());

		assertThat(first).isGreaterThanOrEqualTo(1);
		assertThat(second).isZero();
		assertThat(protocols.findById(signed.getId()).orElseThrow().frozen().signatures())
				.extracting(s -> s.signer().fullName()).containsExactly(head.fullName());
	}
}
