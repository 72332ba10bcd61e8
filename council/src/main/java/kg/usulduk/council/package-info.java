/**
 * The school's methodological council (000, 002 §4.3, 003): one per school year, chaired by the deputy director
 * (003 §4.1), made of management staff, the heads of the methodical associations (kept current from the
 * association context's events) and representatives of creative groups (003 §3.1). It meets at least once a
 * quarter by a plan approved at its first session, where it also elects its secretary (003 §5.1, §5.4); every
 * session has a protocol signed by the chair and the secretary (003 §5.3); the last session of the year sums it up
 * (003 §5.2). Its decisions (000 §2.2–2.3, 003 §2.3) are registered; its tasks are followed up.
 * <p>
 * Its API: the ids, the events ({@code CouncilSessionScheduled}, {@code DecisionAdopted}, ...), and the kinds of
 * decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Methodological council")
package kg.usulduk.council;
