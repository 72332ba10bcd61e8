package kg.usulduk.school.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import kg.usulduk.school.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in deployment administrator. Not a {@link kg.usulduk.school.SchoolUser}: the school pages, which
 * take one, are closed to it, and its own pages take this instead.
 */
public final class DeploymentOperator implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final UUID operatorId;
	private final String username;
	private String passwordHash;
	private final String fullName;
	private final boolean enabled;

	DeploymentOperator(UUID operatorId, String username, String passwordHash, String fullName, boolean enabled) {
		this.operatorId = operatorId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.enabled = enabled;
	}

	/** Only for tests and the operator's own bootstrap: an operator as the pages see it. */
	public static DeploymentOperator of(String username, String fullName) {
		return new DeploymentOperator(UUID.randomUUID(), username, null, fullName, true);
	}

	public UUID operatorId() {
		return operatorId;
	}

	public String fullName() {
		return fullName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(Role.DEPLOYMENT_ADMIN.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DeploymentOperator operator && operator.operatorId.equals(operatorId);
	}

	@Override
	public int hashCode() {
		return operatorId.hashCode();
	}

	@Override
	public String toString() {
		return "DeploymentOperator[" + username + "]";
	}
}
