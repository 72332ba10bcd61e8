package kg.usulduk.school;

import kg.usulduk.school.testing.MessageBundles;

import org.junit.jupiter.api.Test;

class SchoolMessageBundleTests {

	@Test
	void theSchoolBundleHasEveryKeyInKyrgyzRussianAndEnglish() {
		MessageBundles.assertComplete();
	}

	@Test
	void everyKeyTheSchoolTemplatesUseExists() {
		MessageBundles.assertTemplatesResolve();
	}
}
