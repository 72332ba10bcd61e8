package kg.usulduk.association;

/** How an association's head came to be: elected by the members (001 §5.1) or appointed by the deputy (004). */
public enum HeadChoice {
	ELECTED, APPOINTED
}
