package kg.usulduk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Usulduk: the methodological work of a school. Each direct sub-package of {@code kg.usulduk} is one bounded
 * context; {@code school} is shared by all of them.
 */
@SpringBootApplication
@Modulithic(systemName = "Usulduk", sharedModules = "school")
public class UsuldukApplication {

	public static void main(String[] args) {
		SpringApplication.run(UsuldukApplication.class, args);
	}
}
