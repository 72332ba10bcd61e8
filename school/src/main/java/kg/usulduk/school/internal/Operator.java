package kg.usulduk.school.internal;

import java.util.Objects;
import java.util.UUID;

import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An administrator of the whole deployment (a ministry's or a district's operator): keeps the districts and
 * grants district observers. Belongs to no school and reads no school's records. Created from configuration.
 */
@Table(schema = "school", name = "operators")
public class Operator implements AggregateRoot<Operator, Operator.OperatorId> {

	/** Identifies an operator. */
	public record OperatorId(UUID value) implements Identifier {
		public OperatorId {
			Objects.requireNonNull(value, "an operator id needs a value");
		}
	}

	private final @Id OperatorId id;
	private final String username;
	private String passwordHash;
	private final String fullName;
	private boolean enabled;
	private @Version Integer version;

	@PersistenceCreator
	Operator(OperatorId id, String username, String passwordHash, String fullName, boolean enabled, Integer version) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.enabled = enabled;
		this.version = version;
	}

	public static Operator create(String username, String passwordHash, String fullName) {
		return new Operator(new OperatorId(UUID.randomUUID()), Account.normalise(username),
				Objects.requireNonNull(passwordHash), TypedText.required("fullName", fullName, 200), true, null);
	}

	DeploymentOperator principal() {
		return new DeploymentOperator(id.value(), username, passwordHash, fullName, enabled);
	}

	@Override
	public OperatorId getId() {
		return id;
	}

	public String username() {
		return username;
	}
}
