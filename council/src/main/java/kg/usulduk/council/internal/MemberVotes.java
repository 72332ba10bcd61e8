package kg.usulduk.council.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' own vote records: a member present at the session records how they voted on a question of its
 * draft protocol, sees it afterwards, and the secretary sees the tally beside the counts they write. Once the
 * protocol is signed the records no longer change.
 */
@Service
@Transactional
public class MemberVotes {

	public enum Vote {
		FOR, AGAINST, ABSTAINED
	}

	private final JdbcClient jdbc;
	private final CouncilProtocols protocols;
	private final CouncilSessions sessions;
	private final Clock clock;

	MemberVotes(JdbcClient jdbc, CouncilProtocols protocols, CouncilSessions sessions, Clock clock) {
		this.jdbc = jdbc;
		this.protocols = protocols;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** The member records (or changes) their own vote on question {@code item} (1 for the first). */
	public void record(SchoolUser actor, CouncilProtocolId id, int item, Vote vote) {
		CouncilProtocol protocol = protocols.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("protocol", id));
		if (protocol.isSigned()) {
			throw RuleViolation.of("council.protocol.signed");
		}
		CouncilSession session = sessions.findById(protocol.sessionId()).orElseThrow();
		if (!session.presentMembers().contains(actor.staffId())) {
			throw new AccessDeniedException("Only the members present vote");
		}
		if (item < 1 || item > protocol.entries().size() || vote == null) {
			throw RuleViolation.of("council.votes.noSuchQuestion");
		}
		jdbc.sql("""
				insert into council.member_votes (protocol_id, item, staff_id, vote, recorded_at)
				values (:protocol, :item, :staff, :vote, :at)
				on conflict (protocol_id, item, staff_id) do update set vote = :vote, recorded_at = :at
				""").param("protocol", id.value()).param("item", item).param("staff", actor.staffId().value())
				.param("vote", vote.name()).param("at", java.sql.Timestamp.from(clock.instant())).update();
	}

	/** How this person voted, by question number. */
	@Transactional(readOnly = true)
	public Map<Integer, Vote> mine(SchoolUser actor, CouncilProtocolId id) {
		Map<Integer, Vote> votes = new HashMap<>();
		jdbc.sql("select item, vote from council.member_votes where protocol_id = :protocol and staff_id = :staff")
				.param("protocol", id.value()).param("staff", actor.staffId().value())
				.query((rs, n) -> votes.put(rs.getInt(1), Vote.valueOf(rs.getString(2)))).list();
		return votes;
	}

	/** The members' recorded votes on one question: for, against, abstained. */
	public record Tally(int votesFor, int against, int abstained) {
	}

	/** The members' recorded votes per question number, counted. */
	@Transactional(readOnly = true)
	public Map<Integer, Tally> tallies(CouncilProtocolId id) {
		Map<Integer, Tally> tallies = new HashMap<>();
		tally(id).forEach((item, counts) -> tallies.put(item, new Tally(counts.getOrDefault(Vote.FOR, 0),
				counts.getOrDefault(Vote.AGAINST, 0), counts.getOrDefault(Vote.ABSTAINED, 0))));
		return tallies;
	}

	private Map<Integer, Map<Vote, Integer>> tally(CouncilProtocolId id) {
		Map<Integer, Map<Vote, Integer>> tally = new HashMap<>();
		List<Object[]> rows = jdbc.sql("""
				select item, vote, count(*) from council.member_votes where protocol_id = :protocol group by item, vote
				""").param("protocol", id.value())
				.query((rs, n) -> new Object[] { rs.getInt(1), Vote.valueOf(rs.getString(2)), rs.getInt(3) }).list();
		for (Object[] row : rows) {
			tally.computeIfAbsent((Integer) row[0], k -> new EnumMap<>(Vote.class)).put((Vote) row[1], (Integer) row[2]);
		}
		return tally;
	}
}
