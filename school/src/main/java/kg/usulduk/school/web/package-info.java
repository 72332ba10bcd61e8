/**
 * What every context's pages stand on: the languages, the layout's model (navigation, the signed-in person),
 * form errors from domain refusals, and the translated error pages and problem details.
 */
@org.springframework.modulith.NamedInterface("web")
package kg.usulduk.school.web;
