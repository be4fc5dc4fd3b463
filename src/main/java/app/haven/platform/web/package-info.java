/** What other modules' controllers and templates use to build GOV.UK pages: the page chrome and form errors. */
@org.springframework.modulith.NamedInterface("web")
package app.haven.platform.web;
