package kg.usulduk.school.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deployment's administrator, from configuration like the first school administrator: with
 * {@code USULDUK_OPERATOR_USERNAME} and {@code USULDUK_OPERATOR_PASSWORD} set and no one of that name yet, it
 * is created. Later starts find it and do nothing, so the password can leave the environment afterwards.
 */
@Component
class FirstOperator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstOperator.class);

	private final Operators operators;
	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final BootstrapLock bootstrapLock;
	private final String username;
	private final String password;
	private final String fullName;

	FirstOperator(Operators operators, Accounts accounts, PasswordEncoder passwords, BootstrapLock bootstrapLock,
			@Value("${usulduk.operator.username:}") String username,
			@Value("${usulduk.operator.password:}") String password,
			@Value("${usulduk.operator.full-name:Deployment administrator}") String fullName) {
		this.operators = operators;
		this.accounts = accounts;
		this.passwords = passwords;
		this.bootstrapLock = bootstrapLock;
		this.username = username;
		this.password = password;
		this.fullName = fullName;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (username.isBlank()) {
			return;
		}
		String name = Account.normalise(username);
		// Two instances starting at once on a fresh database take turns (see BootstrapLock).
		bootstrapLock.acquire();
		if (operators.findByUsername(name).isPresent()) {
			return;
		}
		if (accounts.usernameTaken(name)) {
			throw new IllegalStateException("USULDUK_OPERATOR_USERNAME '" + name
					+ "' is already a school account's username: choose another name for the deployment's administrator");
		}
		if (password.isBlank()) {
			throw new IllegalStateException("The deployment's administrator needs USULDUK_OPERATOR_PASSWORD besides "
					+ "USULDUK_OPERATOR_USERNAME");
		}
		operators.save(Operator.create(name, passwords.encode(Account.checkPassword(password)), fullName));
		log.info("Created the deployment's administrator '{}'", name);
	}
}
