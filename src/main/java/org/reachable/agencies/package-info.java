/**
 * The partnership's organisations (children's social care, police, schools, health, youth justice, housing,
 * voluntary sector, ...) and the practitioners who work in them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies", allowedDependencies = "platform")
package org.reachable.agencies;
