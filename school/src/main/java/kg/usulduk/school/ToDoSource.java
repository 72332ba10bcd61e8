package kg.usulduk.school;

import java.time.LocalDate;
import java.util.List;

/**
 * What a downstream context has waiting for a person (plans to agree, protocols to sign, tasks): the start page,
 * upstream, lists every source's to-dos without knowing the contexts. A page has a budget of statements, so a source
 * answers with one statement whatever the years of history, and with none where the person's roles cannot have any.
 */
public interface ToDoSource {

	/** The person's to-dos in their own school, as of the school's today. */
	List<ToDo> waitingFor(SchoolUser person, SchoolProfile school, LocalDate today);
}
