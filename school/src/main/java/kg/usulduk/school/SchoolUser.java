package kg.usulduk.school;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their account, the school it belongs to, the staff member it is, and their roles.
 * Every application service takes one as its actor and decides from it what the person may see and do.
 */
public final class SchoolUser implements UserDetails, CredentialsContainer {

	// Kept serialised in the session store (Spring Session JDBC), so its form is part of the contract.
	private static final long serialVersionUID = 2L;

	private final UUID accountId;
	private final String username;
	private String passwordHash;
	private final UUID schoolId;
	private final UUID staffId;
	private final String fullName;
	private final DistrictId observedDistrict;
	private final Set<Role> roles;
	private final boolean locked;
	private final boolean enabled;

	public SchoolUser(UUID accountId, String username, String passwordHash, SchoolId schoolId, StaffId staffId,
			String fullName, DistrictId observedDistrict, Set<Role> roles, boolean locked, boolean enabled) {
		this.accountId = accountId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.schoolId = schoolId.value();
		this.staffId = staffId.value();
		this.fullName = fullName;
		this.observedDistrict = observedDistrict;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.locked = locked;
		this.enabled = enabled;
	}

	public UUID accountId() {
		return accountId;
	}

	/** The school this account belongs to: the only one whose data it may change. */
	public SchoolId schoolId() {
		return new SchoolId(schoolId);
	}

	public StaffId staffId() {
		return new StaffId(staffId);
	}

	public String fullName() {
		return fullName;
	}

	/**
	 * The district a district observer was granted by the deployment's administrator, or null: an observer reads
	 * all the schools of it, whatever school the account itself belongs to.
	 */
	public DistrictId observedDistrict() {
		return observedDistrict;
	}

	public Set<Role> roles() {
		return Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/** True for a district observer: such an account reads, and never changes anything. */
	public boolean isReadOnly() {
		return roles.equals(EnumSet.of(Role.DISTRICT_OBSERVER));
	}

	/**
	 * Whether this person may read the given school's records: their own school always; a district observer
	 * also the schools of the district they were granted.
	 */
	public boolean mayRead(SchoolId school, DistrictId schoolDistrict) {
		return schoolId().equals(school) || (hasRole(Role.DISTRICT_OBSERVER) && observedDistrict != null
				&& observedDistrict.equals(schoolDistrict));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
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
	public boolean isAccountNonLocked() {
		return !locked;
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
		return other instanceof SchoolUser user && user.accountId.equals(accountId);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}

	@Override
	public String toString() {
		return "SchoolUser[" + username + " " + roles + "]";
	}
}
