package kg.usulduk.school;

/** A teacher's qualification category after attestation (000 §2.3; DOMAIN.md, evaluation). */
public enum QualificationCategory {
	NONE, SECOND, FIRST, HIGHEST
}
