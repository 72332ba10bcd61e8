package kg.usulduk.school.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import kg.usulduk.school.DeputyDuty;
import kg.usulduk.school.DistrictId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.QuartersSet;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolRegistered;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolSettingsChanged;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A school, its settings and the quarters it set for its school years. */
@Table(schema = "school", name = "schools")
public class School extends AbstractAggregateRoot<School> implements AggregateRoot<School, SchoolId> {

	static final int MAX_NAME = 200;
	static final int MAX_NUMBER = 20;

	private final @Id SchoolId id;
	private String name;
	private String number;
	private DistrictId districtId;
	private @Embedded.Empty SchoolSettings settings;
	private @MappedCollection(idColumn = "school_id") Set<QuarterDates> quarters;
	private @MappedCollection(idColumn = "school_id") Set<DutyAssignment> duties;
	private @Version Integer version;

	@PersistenceCreator
	School(SchoolId id, String name, String number, DistrictId districtId, SchoolSettings settings,
			Set<QuarterDates> quarters, Set<DutyAssignment> duties, Integer version) {
		this.id = id;
		this.name = name;
		this.number = number;
		this.districtId = districtId;
		this.settings = settings;
		this.quarters = new HashSet<>(quarters);
		this.duties = duties == null ? new HashSet<>() : new HashSet<>(duties);
		this.version = version;
	}

	/** Registers a school with the default settings of the regulations. */
	public static School register(String name, String number, DistrictId district) {
		School school = new School(SchoolId.random(), null, null, Objects.requireNonNull(district),
				SchoolSettings.DEFAULTS, Set.of(), Set.of(), null);
		school.describe(name, number);
		school.registerEvent(new SchoolRegistered(school.id, school.name, district));
		return school;
	}

	/** Sets the name and number the school's papers carry. */
	public void describe(String name, String number) {
		this.name = TypedText.required("name", name, MAX_NAME);
		this.number = TypedText.optional("number", number, MAX_NUMBER);
	}

	/**
	 * Places the school in another district. The deployment's administrator alone does this: a school that
	 * could choose its district could choose which observers read it.
	 */
	public void moveToDistrict(DistrictId district) {
		this.districtId = Objects.requireNonNull(district);
	}

	public void changeSettings(SchoolSettings settings) {
		this.settings = Objects.requireNonNull(settings);
		registerEvent(new SchoolSettingsChanged(id, settings));
	}

	/** Sets the dates of a school year's quarters, replacing what was set for that year. */
	public void setQuarters(SchoolYear year, List<Quarter> yearQuarters) {
		List<Quarter> checked = Quarter.checkYear(yearQuarters);
		if (!checked.get(0).year().equals(year)) {
			throw RuleViolation.onField("quarters", "school.quarter.numbering");
		}
		quarters.removeIf(quarter -> quarter.schoolYear() == year.startYear());
		checked.forEach(quarter -> quarters.add(QuarterDates.of(quarter)));
		registerEvent(new QuartersSet(id, year, checked));
	}

	/** The quarters of a year as set, or the defaults where none were set. */
	public List<Quarter> quarters(SchoolYear year) {
		return quartersOf(year, quarters);
	}

	/** The quarters of a year among those set (of any years), or the defaults where the year's four were not set. */
	static List<Quarter> quartersOf(SchoolYear year, java.util.Collection<QuarterDates> quarters) {
		List<Quarter> set = new ArrayList<>(quarters.stream()
				.filter(quarter -> quarter.schoolYear() == year.startYear())
				.map(QuarterDates::toQuarter)
				.sorted(Comparator.comparingInt(Quarter::number))
				.toList());
		return set.size() == Quarter.QUARTERS_A_YEAR ? List.copyOf(set) : Quarter.defaultsFor(year);
	}

	public boolean hasQuartersSetFor(SchoolYear year) {
		return quarters.stream().anyMatch(quarter -> quarter.schoolYear() == year.startYear());
	}

	public SchoolProfile profile(District district) {
		return new SchoolProfile(id, name, number, districtId, district.name(), settings, duties());
	}

	/**
	 * Assigns the deputies' duties: each to one deputy, or (absent from the map) to every deputy of the school.
	 * The caller checks that each holder is a deputy of this school.
	 */
	public void assignDuties(java.util.Map<DeputyDuty, StaffId> assignment) {
		duties.clear();
		assignment.forEach((duty, holder) -> {
			if (holder != null) {
				duties.add(new DutyAssignment(duty, holder));
			}
		});
	}

	public java.util.Map<DeputyDuty, StaffId> duties() {
		return duties.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(DutyAssignment::duty,
				DutyAssignment::staffId));
	}

	@Override
	public SchoolId getId() {
		return id;
	}

	public String name() {
		return name;
	}

	/** The school's name as printed on its papers, with its number where it has one. */
	public String title() {
		return number == null || number.isBlank() ? name : name + " № " + number;
	}

	public String number() {
		return number;
	}

	public DistrictId districtId() {
		return districtId;
	}

	public SchoolSettings settings() {
		return settings;
	}

	public Integer version() {
		return version;
	}
}
