package kg.usulduk.school.internal;

import kg.usulduk.school.DistrictId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A district (район) of the deployment: the unit a district education department observes. Kept by the
 * deployment's administrator only, so that no school can move itself, or an observer, into another district.
 */
@Table(schema = "school", name = "districts")
public class District implements AggregateRoot<District, DistrictId> {

	static final int MAX_NAME = 200;

	private final @Id DistrictId id;
	private String name;
	private @Version Integer version;

	@PersistenceCreator
	District(DistrictId id, String name, Integer version) {
		this.id = id;
		this.name = name;
		this.version = version;
	}

	public static District named(String name) {
		District district = new District(DistrictId.random(), null, null);
		district.rename(name);
		return district;
	}

	public void rename(String newName) {
		this.name = TypedText.required("name", newName, MAX_NAME);
	}

	@Override
	public DistrictId getId() {
		return id;
	}

	public String name() {
		return name;
	}

	public Integer version() {
		return version;
	}
}
