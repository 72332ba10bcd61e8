package kg.usulduk.school.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kg.usulduk.school.Education;
import kg.usulduk.school.Language;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffChanged;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.StaffJoined;
import kg.usulduk.school.StaffLeft;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** A person on a school's staff: what the directory knows of them, from the day they join until they leave. */
@Table(schema = "school", name = "staff")
public class StaffMember extends AbstractAggregateRoot<StaffMember> implements AggregateRoot<StaffMember, StaffId> {

	private final @Id StaffId id;
	private final SchoolId schoolId;
	private String fullName;
	private String position;
	private List<String> subjects;
	private Education education;
	private QualificationCategory category;
	private LocalDate teachingSince;
	private String email;
	private Language language;
	private LocalDate leftOn;
	private @Version Integer version;

	@PersistenceCreator
	StaffMember(StaffId id, SchoolId schoolId, String fullName, String position, List<String> subjects,
			Education education, QualificationCategory category, LocalDate teachingSince, String email,
			Language language, LocalDate leftOn, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.fullName = fullName;
		this.position = position;
		this.subjects = subjects == null ? List.of() : List.copyOf(subjects);
		this.education = education;
		this.category = category;
		this.teachingSince = teachingSince;
		this.email = email;
		this.language = language;
		this.leftOn = leftOn;
		this.version = version;
	}

	/** A person joins the school's staff. */
	public static StaffMember join(SchoolId school, StaffProfile profile, LocalDate today) {
		StaffMember member = new StaffMember(StaffId.random(), Objects.requireNonNull(school), null, null, List.of(),
				null, null, null, null, null, null, null);
		member.apply(profile.checkedOn(today));
		member.registerEvent(new StaffJoined(school, member.id, member.fullName, member.email, member.language,
				member.teachingSince));
		return member;
	}

	/** Corrects or updates what the directory records of the person. */
	public void updateProfile(StaffProfile profile, LocalDate today) {
		if (profile.equals(profile())) {
			return;
		}
		apply(profile.checkedOn(today));
		registerEvent(new StaffChanged(schoolId, id, fullName, email, language, teachingSince));
	}

	/** The person leaves the school. Their record stays: plans and protocols still name them. */
	public void leave(LocalDate on) {
		if (leftOn != null) {
			throw RuleViolation.of("school.staff.alreadyLeft");
		}
		this.leftOn = Objects.requireNonNull(on);
		registerEvent(new StaffLeft(schoolId, id, on));
	}

	/** A person who left comes back to the school. */
	public void returnToSchool() {
		if (leftOn == null) {
			throw RuleViolation.of("school.staff.notLeft");
		}
		this.leftOn = null;
		registerEvent(new StaffChanged(schoolId, id, fullName, email, language, teachingSince));
	}

	private void apply(StaffProfile profile) {
		this.fullName = profile.fullName();
		this.position = profile.position();
		this.subjects = profile.subjects();
		this.education = profile.education();
		this.category = profile.category();
		this.teachingSince = profile.teachingSince();
		this.email = profile.email();
		this.language = profile.language();
	}

	/** The events registered and not yet published with a save. */
	java.util.Collection<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	void forgetPendingEvents() {
		clearDomainEvents();
	}

	public StaffProfile profile() {
		return new StaffProfile(fullName, position, subjects, education, category, teachingSince, email, language);
	}

	public StaffCard card() {
		return new StaffCard(id, schoolId, fullName, position, subjects, education, category, teachingSince, email,
				language, isActive());
	}

	public boolean isActive() {
		return leftOn == null;
	}

	@Override
	public StaffId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public String fullName() {
		return fullName;
	}

	public String email() {
		return email;
	}

	public LocalDate leftOn() {
		return leftOn;
	}

	public Integer version() {
		return version;
	}
}
