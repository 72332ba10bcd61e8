package kg.usulduk.app.probing;

import static kg.usulduk.app.probing.Actor.ADMIN;
import static kg.usulduk.app.probing.Actor.ANONYMOUS;
import static kg.usulduk.app.probing.Actor.DEPUTY;
import static kg.usulduk.app.probing.Actor.DIRECTOR;
import static kg.usulduk.app.probing.Actor.DISTRICT_OBSERVER;
import static kg.usulduk.app.probing.Actor.HEAD;
import static kg.usulduk.app.probing.Actor.MEMBER;
import static kg.usulduk.app.probing.Actor.OPERATOR;
import static kg.usulduk.app.probing.Actor.SECRETARY;
import static kg.usulduk.app.probing.Actor.SIGNED_IN;
import static kg.usulduk.app.probing.Actor.STAFF;
import static kg.usulduk.app.probing.Actor.TEACHER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import kg.usulduk.app.probing.Worlds.World;

/**
 * Who may call each endpoint of Usulduk, one line per endpoint: its method and pattern exactly as Spring registers
 * it, the actors that may call it in their own school, and, for a form, a valid submission. Nobody may call an
 * endpoint with another school's ids, unless {@link Endpoint#acrossSchools} says so.
 * <p>
 * Placeholders in a submission are filled from the world the call is made in: {@code {member}} a staff id,
 * {@code {v:plan}} the current version of a record, {@code {today+7}} a date (see {@link #value}). Path variables
 * are filled by {@link #PATH_VARIABLES}. A new context adds its lines here, the ids of its records to
 * {@link Worlds} and {@link #PATH_VARIABLES}; a new role adds an {@link Actor}.
 */
public final class Endpoints {

	private Endpoints() {
	}

	/** One line of the table. */
	public record Endpoint(String method, String pattern, Set<Actor> allowed, String form, boolean json,
			Set<Actor> acrossSchools) {

		public String key() {
			return method + " " + pattern;
		}

		/** Who may call it with another school's ids as well (a secret link, say). */
		public Endpoint acrossSchools(Set<Actor> actors) {
			return new Endpoint(method, pattern, allowed, form, json, actors);
		}

		/** The form is sent as a JSON body. */
		public Endpoint asJson() {
			return new Endpoint(method, pattern, allowed, form, true, acrossSchools);
		}

		@Override
		public String toString() {
			return key();
		}
	}

	static Endpoint get(String pattern, Set<Actor> allowed) {
		return new Endpoint("GET", pattern, allowed, "", false, Set.of());
	}

	static Endpoint get(String pattern, Set<Actor> allowed, String query) {
		return new Endpoint("GET", pattern, allowed, query, false, Set.of());
	}

	static Endpoint post(String pattern, Set<Actor> allowed, String form) {
		return new Endpoint("POST", pattern, allowed, form, false, Set.of());
	}

	static Set<Actor> only(Actor... actors) {
		return actors.length == 0 ? EnumSet.noneOf(Actor.class) : EnumSet.copyOf(Arrays.asList(actors));
	}

	static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);

	static Set<Actor> union(Set<Actor> some, Set<Actor> more) {
		Set<Actor> all = EnumSet.noneOf(Actor.class);
		all.addAll(some);
		all.addAll(more);
		return all;
	}
	static final Set<Actor> NOBODY = EnumSet.noneOf(Actor.class);
	/** Those who write in the school: everyone signed in but the district observer. */
	static final Set<Actor> WRITERS = STAFF;
	/** Those who read an association's papers: its head and members, the deputy, the director, the observer. */
	static final Set<Actor> PAPERS = only(HEAD, MEMBER, DEPUTY, DIRECTOR, DISTRICT_OBSERVER);
	/** Those who read a council's papers: its members (chair, secretary, the head), the director, the observer. */
	static final Set<Actor> COUNCIL_PAPERS = only(DEPUTY, SECRETARY, HEAD, DIRECTOR, DISTRICT_OBSERVER);

	/** The table. */
	public static final List<Endpoint> ALL = List.of(
			// school
			get("/login", EVERYONE),
			get("/language", EVERYONE),
			// The deployment's administrator is sent on from the start page to the districts, whatever school is asked
			// for: it reads no school.
			get("/", union(SIGNED_IN, only(OPERATOR))).acrossSchools(only(OPERATOR)),
			get("/staff", SIGNED_IN),
			// The rules of the year: everyone of the school reads them; the observer, each school of the district.
			get("/compliance", SIGNED_IN, "year={year}"),
			get("/staff/new", only(ADMIN, DIRECTOR)),
			get("/staff/{id}", SIGNED_IN),
			post("/staff", only(ADMIN, DIRECTOR), "fullName=Жаңы Мугалим&position=Мугалим&subjects=Тарых&education=HIGHER"
					+ "&category=NONE&teachingSince=2020-09-01&email={unique}@test.example&language=KY"),
			post("/staff/{id}", only(ADMIN, DIRECTOR), "version={v:staff}&fullName=Test Teacher&position=Мугалим"
					+ "&subjects=Математика&education=HIGHER&category=FIRST&email={unique}@test.example&language=KY"),
			post("/staff/{id}/leave", only(ADMIN, DIRECTOR), "version={v:staff}"),
			post("/staff/{id}/return", only(ADMIN, DIRECTOR), "version={v:staff}"),
			get("/api/staff", SIGNED_IN),
			get("/api/staff/{id}", SIGNED_IN),
			post("/api/staff", only(ADMIN, DIRECTOR), "{\"fullName\":\"Api Мугалим\",\"position\":\"Мугалим\","
					+ "\"subjects\":[\"Тарых\"],\"education\":\"HIGHER\",\"category\":\"NONE\","
					+ "\"email\":\"{unique}@test.example\",\"language\":\"KY\"}").asJson(),
			get("/school/settings", SIGNED_IN),
			post("/school/settings", only(ADMIN, DIRECTOR), "version={v:school}&name=Test school&number=1"
					+ "&district={district}&minimumAssociationSessions=4&youngTeacherYears=3&yearsBeforeArchive=5"
					+ "&reminderLeadDays=3, 1&councilQuorumPercent=51&timeZone=Asia/Bishkek"),
			post("/school/settings/duties", only(ADMIN, DIRECTOR), "version={v:school}&CHAIRS_COUNCIL={deputy}"),
			post("/school/settings/quarters", only(ADMIN, DIRECTOR), "version={v:school}&year={year}"
					+ "&quarters[0].start={year}-09-01&quarters[0].end={year}-10-31"
					+ "&quarters[1].start={year}-11-10&quarters[1].end={year}-12-28"
					+ "&quarters[2].start={year+1}-01-12&quarters[2].end={year+1}-03-20"
					+ "&quarters[3].start={year+1}-04-01&quarters[3].end={year+1}-05-31"),
			get("/accounts", only(ADMIN)),
			post("/accounts", only(ADMIN), "staffId={newcomer}&username=new-{unique}&password=long-password-1&roles=TEACHER"),
			post("/accounts/{id}/roles", only(ADMIN), "version={v:account}&roles=TEACHER"),
			post("/accounts/{id}/password", only(ADMIN), "version={v:account}&password=another-password-1"),
			post("/accounts/{id}/disable", only(ADMIN), "version={v:account}"),
			post("/accounts/{id}/enable", only(ADMIN), "version={v:account}"),
			// Districts and their observers: the deployment's administrator alone, for every school.
			get("/districts", only(OPERATOR)),
			post("/districts", only(OPERATOR), "name=Район {unique}"),
			post("/districts/{id}/name", only(OPERATOR), "version={v:district}&name=Район {unique}")
					.acrossSchools(only(OPERATOR)),
			post("/districts/schools/{id}/district", only(OPERATOR), "version={v:school}&district={districtId}")
					.acrossSchools(only(OPERATOR)),
			post("/districts/{id}/observers", only(OPERATOR), "username={observerLogin}").acrossSchools(only(OPERATOR)),
			post("/districts/observers/{id}/withdraw", only(OPERATOR), "version={v:observer}")
					.acrossSchools(only(OPERATOR)),

			// association
			get("/associations", SIGNED_IN),
			get("/associations/new", only(DEPUTY, DIRECTOR)),
			post("/associations", only(DEPUTY, DIRECTOR), "name=Тарых УБ {unique}&kind=SUBJECT&subjects=Тарых"
					+ "&orderNumber=46&orderDate={today}"),
			get("/associations/{id}", SIGNED_IN),
			get("/associations/{id}/report", PAPERS),
			post("/associations/{id}/members", only(DEPUTY, DIRECTOR), "version={v:association}&staff={teacher}"),
			post("/associations/{id}/members/{staff}/release", only(DEPUTY, DIRECTOR), "version={v:association}"),
			post("/associations/{id}/head", only(DEPUTY, DIRECTOR), "version={v:association}&head={member}&elected=true"
					+ "&orderNumber=47&orderDate={today}"),
			post("/associations/{id}/secretary", only(HEAD, DEPUTY, DIRECTOR), "version={v:association}&secretary={member}"),
			post("/associations/{id}/theme", only(HEAD, DEPUTY, DIRECTOR), "version={v:association}&schoolYear={year}"
					+ "&theme=Тема&goal=Максат&priorities=&tasks="),
			post("/associations/{id}/topics", only(HEAD, MEMBER, DEPUTY, DIRECTOR), "staff={member}&schoolYear={year}"
					+ "&topic=Өз алдынча билим алуу"),
			// 001 §5.7: the deputy analyses the year, not the director.
			post("/associations/{id}/year-end", only(DEPUTY), "version={v:association}&schoolYear={year}"
					+ "&session={heldSession}&analysis=Талдоо&directions=Багыттар"),
			post("/associations/{id}/close", only(DEPUTY, DIRECTOR), "version={v:association}&orderNumber=48"
					+ "&orderDate={today}"),
			get("/associations/{id}/report/pdf", PAPERS),
			post("/associations/{id}/year-analysis/handed-in", only(HEAD, DEPUTY, DIRECTOR), "version={v:association}"
					+ "&schoolYear={year}&recipient=HEAD_OF_STUDIES&handedOn={today}"),
			get("/associations/{id}/sessions/new", only(HEAD, DEPUTY, DIRECTOR)),
			post("/associations/{id}/sessions", only(HEAD, DEPUTY, DIRECTOR), "date={today+7}&time=14:30&place=Каб. 5"
					+ "&agenda=Суроо"),
			get("/associations/sessions/{id}", PAPERS),
			post("/associations/sessions/{id}/reschedule", only(HEAD, DEPUTY, DIRECTOR), "version={v:session}"
					+ "&date={today+20}&time=15:00&place=Каб. 3&reason=Себеп"),
			post("/associations/sessions/{id}/cancel", only(HEAD, DEPUTY, DIRECTOR), "version={v:session}&reason=Себеп"),
			post("/associations/sessions/{id}/hold", only(HEAD, DEPUTY, DIRECTOR), "version={v:session}&present={member}"),
			get("/associations/protocols/{id}", PAPERS),
			get("/associations/protocols/{id}/pdf", PAPERS),
			post("/associations/protocols/{id}", only(HEAD, DEPUTY, DIRECTOR), "version={v:protocol}"
					+ "&entries[0].considered=Угулду&entries[0].decision=Чечим&entries[0].proposals=Сунуш"),
			post("/associations/protocols/{id}/sign", only(HEAD), "version={v:protocol}"),
			post("/associations/protocols/{id}/correct", only(HEAD, DEPUTY, DIRECTOR), ""),
			get("/activities", SIGNED_IN),
			get("/activities/{id}", SIGNED_IN),
			get("/associations/{id}/activities/new", only(HEAD, DEPUTY, DIRECTOR)),
			post("/associations/{id}/activities", only(HEAD, DEPUTY, DIRECTOR), "kind=OPEN_LESSON&title=Ачык сабак"
					+ "&responsible={member}&date={today+7}&time=10:00&classGroup=7Б&plan=План"),
			post("/activities/{id}/held", only(HEAD, DEPUTY, DIRECTOR), "version={v:activity}&outcome=Өттү"),
			post("/activities/{id}/cancel", only(HEAD, DEPUTY, DIRECTOR), "version={v:activity}&reason=Себеп"),
			post("/activities/{id}/reschedule", only(HEAD, DEPUTY, DIRECTOR), "version={v:activity}&reason=Себеп"
					+ "&date={today+20}&time=11:00"),
			// 001 §3.7: only the visitor records the analysis. The rule refuses others on the form with its message:
			// it is the activity's rule, not the wall.
			post("/activities/{id}/analysis", WRITERS, "version={v:activity}&analysis=Талдоо"),
			// 001 §3.4–3.5: members' plans and exam materials; the author writes, the head puts them on a session.
			get("/associations/documents", SIGNED_IN),
			get("/associations/{id}/documents", PAPERS),
			get("/associations/{id}/documents/new", only(HEAD, MEMBER)),
			post("/associations/{id}/documents", only(HEAD, MEMBER), "kind=EXAM_MATERIALS&schoolYear={year}"
					+ "&title=Билеттер&exam=TRANSFER&subject=Алгебра&grade=7&form=WRITTEN&content=Тапшырмалар"),
			get("/associations/documents/{id}", PAPERS),
			get("/associations/documents/{id}/print", PAPERS),
			get("/associations/documents/{id}/pdf", PAPERS),
			get("/associations/documents/{id}/edit", only(MEMBER)),
			post("/associations/documents/{id}", only(MEMBER), "version={v:document}&kind=INDIVIDUAL_WORK_PLAN"
					+ "&schoolYear={year}&title=Жеке иш планы&growth=Курстар; январь"),
			post("/associations/documents/{id}/submit", only(MEMBER), "version={v:document}"),
			post("/associations/documents/{id}/session", only(HEAD, DEPUTY, DIRECTOR), "version={v:document}"
					+ "&session={session}"),
			post("/associations/documents/{id}/return", only(HEAD, DEPUTY, DIRECTOR), "version={v:document}&reason=Себеп"),
			post("/associations/documents/{id}/new-version", only(MEMBER), ""),

			// council
			get("/council", SIGNED_IN),
			post("/council", only(DEPUTY, DIRECTOR), "schoolYear={year+1}&chair={deputy}"),
			// the pedagogical council (chaired by the director) and the questions the methodological council proposes to it
			get("/council/pedagogical", SIGNED_IN),
			post("/council/pedagogical", only(DIRECTOR), "schoolYear={year+1}"),
			post("/council/proposals/{id}/agenda", only(DIRECTOR), "version={v:proposal}"),
			post("/council/{id}/members", only(DEPUTY, DIRECTOR), "version={v:council}&staff={teacher}&role=CREATIVE_GROUP"),
			post("/council/{id}/members/{staff}/unseat", only(DEPUTY, DIRECTOR), "version={v:council}"),
			post("/council/{id}/chair", only(DEPUTY, DIRECTOR), "version={v:council}&chair={deputy}&reason=Себеп"),
			get("/council/{id}/sessions/new", only(DEPUTY, DIRECTOR)),
			post("/council/{id}/sessions", only(DEPUTY, DIRECTOR), "date={today+7}&time=15:00&place=Зал&agenda=Суроо"),
			get("/council/{id}/decisions", SIGNED_IN),
			get("/council/{id}/tasks", COUNCIL_PAPERS),
			post("/council/tasks/{id}/follow-up", only(DEPUTY, DIRECTOR, SECRETARY, MEMBER), "version={v:task}"
					+ "&note=Аткарылууда&council={council}"),
			get("/council/sessions/{id}", COUNCIL_PAPERS),
			post("/council/sessions/{id}/reschedule", only(DEPUTY, DIRECTOR), "version={v:councilSession}"
					+ "&date={today+20}&time=15:30&place=Зал 2&reason=Себеп"),
			post("/council/sessions/{id}/cancel", only(DEPUTY, DIRECTOR), "version={v:councilSession}&reason=Себеп"),
			post("/council/sessions/{id}/hold", only(DEPUTY, DIRECTOR), "version={v:councilSession}&present={deputy}"
					+ "&present={secretary}&present={head}"),
			post("/council/sessions/{id}/secretary", only(DEPUTY, DIRECTOR), "secretary={secretary}"),
			get("/council/protocols/{id}", COUNCIL_PAPERS),
			get("/council/protocols/{id}/pdf", COUNCIL_PAPERS),
			post("/council/protocols/{id}", only(DEPUTY, DIRECTOR, SECRETARY), "version={v:councilProtocol}"
					+ "&entries[0].considered=Угулду&entries[0].decision=Чечим&entries[0].kind=GENERAL"
					+ "&entries[0].votesFor=3&entries[0].votesAgainst=0&entries[0].abstained=0"),
			post("/council/protocols/{id}/sign", only(DEPUTY, SECRETARY), "version={v:councilProtocol}"),
			post("/council/protocols/{id}/my-vote", only(DEPUTY, SECRETARY, HEAD), "item=0&vote=FOR"),
			post("/council/protocols/{id}/correct", only(DEPUTY, DIRECTOR, SECRETARY), ""),
			// council events (000 §2.3): kept by the chair, the secretary and the director; read by the whole school
			get("/council/{id}/events", SIGNED_IN),
			get("/council/{id}/events/new", only(DEPUTY, DIRECTOR, SECRETARY)),
			post("/council/{id}/events", only(DEPUTY, DIRECTOR, SECRETARY), "kind=SEMINAR&title=Семинар"
					+ "&startsOn={today+7}&time=10:00&responsible={teacher}&audience=COUNCIL"),
			get("/council/events/{id}", SIGNED_IN),
			post("/council/events/{id}/reschedule", only(DEPUTY, DIRECTOR, SECRETARY), "version={v:councilEvent}"
					+ "&startsOn={today+7}&reason=Себеп"),
			post("/council/events/{id}/cancel", only(DEPUTY, DIRECTOR, SECRETARY), "version={v:councilEvent}&reason=Себеп"),
			post("/council/events/{id}/hold", only(DEPUTY, DIRECTOR, SECRETARY), "version={v:councilEvent}"
					+ "&outcome=Өттү&participants=12"),

			// mentorship (plan IV.1): the list is the school's; a pair's papers are the pair's, its association head's,
			// the management's and the observer's; the director issues the orders.
			get("/mentorship", SIGNED_IN, "year={year}"),
			post("/mentorship", only(HEAD, DEPUTY), "youngTeacher={unpairedYoungTeacher}&mentor={head}"),
			get("/mentorship/{id}", PAPERS),
			post("/mentorship/{id}/accept", only(MEMBER), "version={v:mentorship}"),
			post("/mentorship/{id}/decline", only(MEMBER), "version={v:mentorship}&reason=Убактым жок"),
			// Only the young teacher (who has no account in the probes) describes their difficulties: the rule refuses
			// the others who read the pair's page on the form, the rest are refused at the wall.
			post("/mentorship/{id}/difficulties", only(HEAD, MEMBER, DEPUTY, DIRECTOR), "version={v:mentorship}"
					+ "&difficulties=Тартип"),
			post("/mentorship/{id}/plan", only(MEMBER, DEPUTY), "version={v:mentorship}&owner=MENTOR&month={month}"
					+ "&what=Ачык сабакка даярдануу"),
			post("/mentorship/{id}/plan/{item}/remove", only(MEMBER, DEPUTY, DIRECTOR), "version={v:mentorship}"),
			post("/mentorship/{id}/plan/{item}/done", only(MEMBER, DEPUTY, DIRECTOR), "version={v:mentorship}"),
			post("/mentorship/{id}/plan/approve", only(HEAD, DEPUTY), "version={v:mentorship}&plan=MENTOR"),
			post("/mentorship/{id}/meetings", only(MEMBER, DEPUTY, DIRECTOR), "version={v:mentorship}"
					+ "&kind=MENTOR_VISITS_LESSON&topic=Бөлчөктөр&date={today}&time=10:00&minutes=45"
					+ "&observation=Сабак жакшы өттү"),
			// The mentor's reference by the mentor; the young teacher's report is the young teacher's (the rule).
			post("/mentorship/{id}/reports", only(HEAD, MEMBER, DEPUTY, DIRECTOR), "version={v:mentorship}"
					+ "&kind=MENTOR_REFERENCE&text=Мүнөздөмө"),
			post("/mentorship/{id}/complete", only(HEAD, DEPUTY), "version={v:mentorship}&result=Жыйынтык"),
			post("/mentorship/{id}/end", only(DIRECTOR), "version={v:mentorship}&number=13&date={today}"
					+ "&reason=Башка мектепке которулду"),
			get("/mentorship/orders/new", only(DIRECTOR)),
			post("/mentorship/orders", only(DIRECTOR), "pairs={acceptedMentorship}&number=14&date={today}"
					+ "&basis=Сунуштар&controlledBy={deputy}"),
			get("/mentorship/orders/{id}", SIGNED_IN),
			get("/mentorship/orders/{id}/pdf", SIGNED_IN),
			get("/mentorship/settings", only(ADMIN, DIRECTOR, DEPUTY)),
			post("/mentorship/settings", only(ADMIN, DIRECTOR, DEPUTY), "mentorMinimumYears=5&maximumMentees=3"),

			// planning
			get("/plans", SIGNED_IN),
			get("/plans/new", SIGNED_IN),
			post("/plans", only(HEAD, DEPUTY, DIRECTOR), "association={association}&year={year+1}"),
			get("/plans/{id}", SIGNED_IN),
			get("/plans/{id}/compare", SIGNED_IN, "with={plan}"),
			get("/plans/{id}/print", SIGNED_IN),
			get("/plans/{id}/pdf", SIGNED_IN),
			get("/plans/{id}/period", SIGNED_IN, "quarter=2"),
			post("/plans/{id}/items", only(HEAD, DEPUTY, DIRECTOR), "version={v:plan}&section=ORGANISATION&what=Иш"
					+ "&responsible={member}&quarter=2"),
			post("/plans/{id}/items/{item}", only(HEAD, DEPUTY, DIRECTOR), "version={v:plan}&section=ORGANISATION"
					+ "&what=Иш 2&responsible={member}&quarter=3"),
			post("/plans/{id}/items/{item}/remove", only(HEAD, DEPUTY, DIRECTOR), "version={v:plan}"),
			post("/plans/{id}/items/{item}/execution", only(HEAD, DEPUTY, DIRECTOR), "version={v:plan}&status=DONE"
					+ "&note=Бүттү"),
			post("/plans/{id}/agree", only(DEPUTY), "version={v:plan}"),
			post("/plans/{id}/approve", only(DIRECTOR), "version={v:plan}"),
			post("/plans/{id}/adopted-by", only(DEPUTY, DIRECTOR), "version={v:plan}&resolution=x:1"),
			post("/plans/{id}/return", only(DEPUTY, DIRECTOR), "version={v:plan}&comment=Оңдоо"),
			post("/plans/{id}/revise", only(HEAD, DEPUTY, DIRECTOR), "version={v:plan}"),
			post("/plans/{id}/period/additions", only(HEAD, DEPUTY, DIRECTOR), "quarter=2&what=Кошумча"
					+ "&responsible={member}"),
			post("/plans/{id}/period/additions/{addition}/done", only(HEAD, MEMBER, DEPUTY, DIRECTOR), "back=?quarter=2"),
			get("/theme", SIGNED_IN),
			post("/theme", only(DEPUTY, DIRECTOR), "version={v:theme}&schoolYear={year}&theme=Тема 2&goal=Максат"),
			post("/theme/adopted-by", only(DEPUTY, DIRECTOR), "version={v:theme}&schoolYear={year}&resolution=x:1"),
			get("/thematic", SIGNED_IN),
			post("/thematic", WRITERS, "schoolYear={year}&subject=Физика&classGroup=8А&topics=Кыймыл; 2; {today+14}"),
			get("/thematic/{id}", SIGNED_IN),
			post("/thematic/{id}/discussed", only(HEAD, DEPUTY, DIRECTOR), "version={v:thematic}&note=Талкууланды"),
			post("/thematic/{id}/approve", only(DEPUTY), "version={v:thematic}"),
			post("/thematic/{id}/taught", only(MEMBER), "version={v:thematic}&topic=0"),
			get("/calendar", SIGNED_IN),
			get("/calendar/feed", SIGNED_IN),
			post("/calendar/feed", WRITERS, ""),
			post("/calendar/feed/revoke", WRITERS, ""),
			get("/calendar/feed/{token}.ics", EVERYONE).acrossSchools(EVERYONE),
			get("/inbox", SIGNED_IN),
			post("/inbox/read", WRITERS, ""),
			// Only the person's own notice is marked: any other id changes nothing and tells nothing, in any school.
			post("/inbox/{id}/read", WRITERS, "").acrossSchools(WRITERS),
			post("/inbox/settings", WRITERS, "byEmail=true"),
			get("/mail/failed", only(ADMIN)),
			// An id of no failed mail of the administrator's school (another school's among them) changes nothing and
			// leads back to the list, as for an id that never existed: the act is scoped by school in Mailbox.
			post("/mail/failed/{id}/again", only(ADMIN), "").acrossSchools(only(ADMIN)));

	/**
	 * How path variables are filled: the pattern up to and including the variable, and the id it takes from the
	 * world.
	 */
	public static final Map<String, Function<World, Object>> PATH_VARIABLES = new LinkedHashMap<>();
	static {
		PATH_VARIABLES.put("/staff/{id}", w -> w.school().teacher().staffId());
		PATH_VARIABLES.put("/api/staff/{id}", w -> w.school().teacher().staffId());
		PATH_VARIABLES.put("/accounts/{id}", w -> w.school().teacher().accountId());
		PATH_VARIABLES.put("/associations/{id}", World::association);
		PATH_VARIABLES.put("/associations/documents/{id}", World::document);
		PATH_VARIABLES.put("/associations/{id}/members/{staff}", w -> w.member().staffId());
		PATH_VARIABLES.put("/associations/sessions/{id}", World::session);
		PATH_VARIABLES.put("/associations/protocols/{id}", World::protocol);
		PATH_VARIABLES.put("/activities/{id}", World::activity);
		PATH_VARIABLES.put("/council/{id}", World::council);
		PATH_VARIABLES.put("/council/{id}/members/{staff}", w -> w.secretary().staffId());
		PATH_VARIABLES.put("/council/tasks/{id}", World::task);
		PATH_VARIABLES.put("/council/proposals/{id}", w -> Worlds.proposalOf(w.school().id()));
		PATH_VARIABLES.put("/council/sessions/{id}", World::councilSession);
		PATH_VARIABLES.put("/council/protocols/{id}", World::councilProtocol);
		PATH_VARIABLES.put("/council/events/{id}", World::councilEvent);
		PATH_VARIABLES.put("/mentorship/{id}", w -> w.mentoring().pair());
		PATH_VARIABLES.put("/mentorship/{id}/plan/{item}", w -> w.mentoring().planItem());
		PATH_VARIABLES.put("/mentorship/orders/{id}", w -> w.mentoring().order());
		PATH_VARIABLES.put("/plans/{id}", World::plan);
		PATH_VARIABLES.put("/plans/{id}/items/{item}", World::planItem);
		PATH_VARIABLES.put("/plans/{id}/period/additions/{addition}", World::periodAddition);
		PATH_VARIABLES.put("/thematic/{id}", World::thematicPlan);
		PATH_VARIABLES.put("/calendar/feed/{token}", World::feedToken);
		PATH_VARIABLES.put("/districts/{id}", World::district);
		PATH_VARIABLES.put("/districts/schools/{id}", w -> w.school().id());
		PATH_VARIABLES.put("/districts/observers/{id}", w -> w.school().observer().accountId());
		PATH_VARIABLES.put("/mail/failed/{id}", w -> java.util.UUID.randomUUID());
		// Someone's notice: whoever's it is not, marking it read changes nothing.
		PATH_VARIABLES.put("/inbox/{id}", w -> java.util.UUID.randomUUID());
	}

	/** Records whose version a form carries: the query that reads it, and its one parameter from the world. */
	public record Versioned(String sql, Function<World, Object> id) {

		Versioned(String table, Function<World, Object> id, boolean byId) {
			this("select version from " + table + " where id = ?", id);
		}
	}

	public static final Map<String, Versioned> VERSIONS = Map.ofEntries(
			Map.entry("school", new Versioned("school.schools", w -> w.school().id().value(), true)),
			Map.entry("district", new Versioned("school.districts", w -> w.district().value(), true)),
			Map.entry("observer", new Versioned("school.accounts", w -> w.school().observer().accountId(), true)),
			Map.entry("staff", new Versioned("school.staff", w -> w.school().teacher().staffId().value(), true)),
			Map.entry("account", new Versioned("school.accounts", w -> w.school().teacher().accountId(), true)),
			Map.entry("association", new Versioned("association.associations", w -> w.association().value(), true)),
			Map.entry("session", new Versioned("association.sessions", w -> w.session().value(), true)),
			Map.entry("protocol", new Versioned("association.protocols", w -> w.protocol().value(), true)),
			Map.entry("activity", new Versioned("association.activities", w -> w.activity().value(), true)),
			Map.entry("document", new Versioned("association.member_documents", w -> w.document().value(), true)),
			Map.entry("council", new Versioned("council.councils", w -> w.council().value(), true)),
			Map.entry("councilSession", new Versioned("council.sessions", w -> w.councilSession().value(), true)),
			Map.entry("councilProtocol", new Versioned("council.protocols", w -> w.councilProtocol().value(), true)),
			Map.entry("task", new Versioned("council.tasks", w -> w.task().value(), true)),
			Map.entry("proposal", new Versioned("council.proposed_questions", w -> Worlds.proposalOf(w.school().id()).value(), true)),
			Map.entry("councilEvent", new Versioned("council.events", w -> w.councilEvent().value(), true)),
			Map.entry("mentorship", new Versioned("mentorship.mentorships", w -> w.mentoring().pair().value(), true)),
			Map.entry("plan", new Versioned("planning.work_plans", w -> w.plan().value(), true)),
			Map.entry("theme", new Versioned("select version from planning.school_themes where school_id = ? and school_year = "
					+ kg.usulduk.school.SchoolYear.of(java.time.LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE)).startYear(), w -> w.school().id().value())),
			Map.entry("thematic", new Versioned("planning.thematic_plans", w -> w.thematicPlan().value(), true)));

	/** A placeholder's value in a world, other than a version. */
	public static Object value(String name, World w) {
		java.time.LocalDate today = java.time.LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
		if (name.startsWith("today+")) {
			return today.plusDays(Integer.parseInt(name.substring(6)));
		}
		return switch (name) {
			case "today" -> today;
			case "year" -> w.year().startYear();
			case "year+1" -> w.year().startYear() + 1;
			case "unique" -> java.util.UUID.randomUUID().toString().substring(0, 8);
			case "district" -> w.school().district();
			case "districtId" -> w.district();
			case "observerLogin" -> w.school().teacher().getUsername();
			case "schoolId" -> w.school().id();
			case "teacher" -> w.school().teacher().staffId();
			case "deputy" -> w.school().deputy().staffId();
			case "head" -> w.head().staffId();
			case "member" -> w.member().staffId();
			case "secretary" -> w.secretary().staffId();
			case "newcomer" -> w.newcomer();
			case "association" -> w.association();
			case "heldSession" -> w.heldSession();
			case "session" -> w.session();
			case "council" -> w.council();
			case "plan" -> w.plan();
			case "unpairedYoungTeacher" -> w.mentoring().unpaired();
			case "acceptedMentorship" -> w.mentoring().accepted();
			case "month" -> java.time.YearMonth.from(today);
			default -> throw new IllegalArgumentException("No placeholder {" + name + "}");
		};
	}
}
