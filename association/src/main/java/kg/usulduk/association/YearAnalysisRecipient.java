package kg.usulduk.association;

/**
 * To whom an association hands its year's analysis (004 papers 4; plan I.12 "ОББга тапшыруу"). "ОББ" most likely
 * abbreviates the school's "окуу бөлүмүнүн башчысы", the head of studies; a school that hands it to the district
 * education department says so.
 */
public enum YearAnalysisRecipient {
	/** The school's head of studies (окуу бөлүмүнүн башчысы). The default. */
	HEAD_OF_STUDIES,
	/** The district education department. */
	DISTRICT_DEPARTMENT
}
