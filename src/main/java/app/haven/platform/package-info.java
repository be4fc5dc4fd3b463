/**
 * What every other module stands on: the embedded database launcher, the GOV.UK page layout and components,
 * error pages, request logging, the clock and the demo-data mechanism. Depends on no other Haven module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package app.haven.platform;
