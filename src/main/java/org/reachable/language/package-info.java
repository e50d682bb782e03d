/**
 * Language: checks any free text in the platform for victim-blaming and adultifying phrasing ("putting himself at
 * risk", "mature for her age") and suggests, with a short reason, how to say what happened to the child instead. The
 * rules are data the partnership edits; the child's own words, in quotation marks, are never flagged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language", allowedDependencies = {"platform", "access"})
package org.reachable.language;
