package kg.usulduk.planning.internal;

/** Where a calendar entry comes from: the context and the kind of thing that was scheduled there. */
public enum EntrySource {
	ASSOCIATION_SESSION, ASSOCIATION_ACTIVITY, COUNCIL_SESSION, PLAN_ITEM, COUNCIL_EVENT,
	/** A meeting or lesson visit of a mentor and a young teacher (issue 14); its page is the mentorship's. */
	MENTORSHIP_MEETING
}
