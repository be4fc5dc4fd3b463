/**
 * Administration of users and reference data (areas, agencies, teams). A subpackage, so it stays internal to
 * the identity module, while its form and view records can be public: JTE's generated templates live in
 * another package and can read only public types.
 */
package app.haven.identity.admin;
